/**
 * A destructive button that asks first, inline (no `window.confirm`, which screen readers and
 * keyboard users handle poorly in extension pages): focus moves to the confirm button, Escape
 * or Cancel goes back, and focus returns to the button that asked.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';

export interface ConfirmActionProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void | Promise<void>;
  disabled?: boolean;
}

export function ConfirmAction(props: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Layout effect: focus moves in the same frame the buttons appear, never lost in between.
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className="danger"
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="confirm"
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), cancel())}
    >
      <p id={questionId}>{props.question}</p>
      <button
        ref={confirm}
        type="button"
        className="danger"
        onClick={async () => {
          returnFocus.current = true;
          setAsking(false);
          await props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" onClick={cancel}>
        {props.cancelLabel}
      </button>
    </div>
  );
}
