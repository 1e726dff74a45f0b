/**
 * The small, clean framework the rules' examples are laid over (see `Example`), shown once at the
 * top of docs/rules.md. It is found by id as `example`, so an example can extend it too.
 */
export const EXAMPLE_FRAMEWORK = `attune: 1
id: example
version: 1.0.0
title: An example framework
respondents:
  - { id: staff, label: Staff }
  - { id: people, label: People who use the service }
scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1, label: Sometimes, description: It happens now and then. }
      - { value: 2, label: Always, description: It happens every time. }
    allow: [not-applicable, dont-know]
defaultScale: practice
stages:
  - { id: starting, label: Starting, from: 0 }
  - { id: embedded, label: Embedded, from: 75 }
domains:
  - id: safety
    title: Safety
    questions:
      - id: welcome
        text: People are welcomed by name when they arrive.
        help: A greeting by name tells people they are expected.
        evidence: [What people say in feedback]
        actions:
          - { below: 50, text: The manager asks the team to greet people by name. }
      - id: quiet-room
        text: There is a quiet room people can use.
        respondents: [staff]
        help: A calm space helps when things feel too much.
        evidence: [The room booking sheet]
        actions:
          - { below: 50, text: The manager sets aside a quiet room. }
`;
