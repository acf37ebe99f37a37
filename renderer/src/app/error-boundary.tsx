import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from '../components/error-notice';

/** A render error in one screen shows a notice there instead of blanking the whole window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing is logged from the renderer: errors may quote data the user typed.
  }
  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }
  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page">
        <ErrorNotice
          error={{
            kind: 'internal',
            message: 'This screen failed to display. Other screens still work; reopening it may help.',
          }}
        />
      </div>
    );
  }
}
