/** Strings a pull request can put in a file name, an object or field name, or a message quoting one. */
export const HOSTILE = {
  workflowCommand: 'Name\n::error file=README.md,line=1::x',
  addMask: 'Name\n::add-mask::x',
  v1Command: 'Name ##[add-mask]x',
  loneCarriageReturns: 'Name\r\r# heading',
  clearScreen: 'Name\x1b[2J',
  osc8Link: 'Name\x1b]8;;http://evil\x07click\x1b]8;;\x07',
  bidi: 'Name\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
  nulAndControls: 'Name\u0000\u0001\u0008\u000b\u000c\u007f\u0085\u009b',
  html: 'Name</td></tr></table><script>alert(1)</script>',
  pipes: 'a | b || c',
  backticks: '`code` ``x``',
  javascriptLink: '[x](javascript:alert(1))',
  image: '![i](http://x)',
  bareUrl: 'see https://evil.example now',
  wwwUrl: 'see www.evil.example now',
  email: 'mail someone@evil.example now',
  mentions: 'cc @octocat and @org/team',
  references: 'fixes #123, owner/repo#1 and GH-1',
  comment: 'Name<!-- hidden',
  emphasis: '**bold** _it_ ~~gone~~ $x^2$',
  blockStart: '- item',
} as const;

export const HOSTILE_NAMES = Object.values(HOSTILE);

/** Every character that may rewrite what a terminal, a log or a renderer shows. */
export const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
