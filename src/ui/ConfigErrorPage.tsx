import type { ConfigProblem } from '../config-schema';

/** Shown instead of a blank screen when the build's configuration is wrong. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <main class="config-error">
      <h1>This dashboard is misconfigured</h1>
      <p>It was built with configuration values that cannot work. Fix them and build again:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.variable}>
            <code>{problem.variable}</code>: {problem.message}
          </li>
        ))}
      </ul>
      <p>See the README’s “Configuration” section.</p>
    </main>
  );
}
