/** The product's version as shown in reports and banners; a test keeps it equal to package.json's. */
export const TOOL_VERSION = '0.1.0';
