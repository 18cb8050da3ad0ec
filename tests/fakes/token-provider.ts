/** The one fake TokenProvider: answers from a list (a token, null, or an error) and counts the calls. */
import type { TokenProvider } from '../../src/ui/auth/token-provider';

export class FakeTokenProvider implements TokenProvider {
  calls = 0;
  constructor(private readonly answers: Array<string | null | Error> = [null]) {}
  async getToken(): Promise<string | null> {
    const answer = this.answers[Math.min(this.calls, this.answers.length - 1)] ?? null;
    this.calls += 1;
    if (answer instanceof Error) throw answer;
    return answer;
  }
}
