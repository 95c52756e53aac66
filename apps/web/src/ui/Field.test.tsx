import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field, FieldError } from './Field.js';

describe('Field', () => {
  it('ties the label, hint and error to the control', () => {
    const html = renderToStaticMarkup(
      <Field id="story" label="Em kể lại" hint="Không cần viết hay" error="Em viết vài dòng nhé">
        {(control) => <textarea {...control} rows={3} />}
      </Field>,
    );
    expect(html).toBe(
      '<label for="story">Em kể lại</label><p id="story-hint" class="hint">Không cần viết hay</p>' +
        '<textarea id="story" aria-describedby="story-hint story-error" aria-invalid="true" rows="3"></textarea>' +
        '<p id="story-error" class="field-error">Em viết vài dòng nhé</p>',
    );
  });

  it('leaves out what is not there, and marks nothing invalid without an error', () => {
    const html = renderToStaticMarkup(<Field id="x" label="X">{(control) => <input {...control} />}</Field>);
    expect(html).toBe('<label for="x">X</label><input id="x"/>');
  });

  it('reads a shared hint first, and can announce its error as it appears', () => {
    const html = renderToStaticMarkup(
      <Field id="pin" label="Mã PIN" describedBy="pin-rules" error="Mã PIN gồm 6 chữ số." alert>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(html).toBe(
      '<label for="pin">Mã PIN</label><input id="pin" aria-describedby="pin-rules pin-error" aria-invalid="true"/>' +
        '<p id="pin-error" class="field-error" role="alert">Mã PIN gồm 6 chữ số.</p>',
    );
  });
});

describe('FieldError', () => {
  it('stands alone for a group of controls, and is nothing without an error', () => {
    expect(renderToStaticMarkup(<FieldError id="basis" error="Chọn một ô." />)).toBe('<p id="basis-error" class="field-error">Chọn một ô.</p>');
    expect(renderToStaticMarkup(<FieldError id="basis" error={false} />)).toBe('');
  });
});
