/** The json panel's text, in English and Korean (the same keys in both), under `json` in i18next. */
export const jsonMessages = {
  en: {
    editorLabel: 'Rule document as JSON',
    hint: 'Edits here reach the canvas as you type; hover a field for its meaning, Ctrl+Space for completions.',
    readOnly: 'Read-only: this is the document under review.',
    // The loader's message names the line and column already.
    invalidAt: 'Not applied, the canvas keeps its last valid state: {{message}}',
    invalid: 'Not applied, the canvas keeps its last valid state: {{message}}',
    stale: 'The canvas changed while you were editing here; your text replaces it when it is applied.',
    discard: 'Show the canvas version instead',
    reading: 'Reading the text…',
    notADocument: 'The text is not a rule document.',
  },
  ko: {
    editorLabel: 'JSON으로 본 규칙 문서',
    hint: '여기서 고친 내용은 입력하는 대로 캔버스에 반영됩니다. 필드에 마우스를 올리면 뜻이, Ctrl+Space를 누르면 자동 완성이 나옵니다.',
    readOnly: '읽기 전용: 검토 중인 문서입니다.',
    invalidAt: '반영하지 않았습니다. 캔버스는 마지막으로 올바른 상태를 유지합니다: {{message}}',
    invalid: '반영하지 않았습니다. 캔버스는 마지막으로 올바른 상태를 유지합니다: {{message}}',
    stale: '여기서 편집하는 동안 캔버스가 바뀌었습니다. 이 텍스트가 반영되면 캔버스의 변경을 덮어씁니다.',
    discard: '대신 캔버스의 내용 보기',
    reading: '텍스트를 읽는 중…',
    notADocument: '텍스트가 규칙 문서가 아닙니다.',
  },
} as const;
