// The OGP template's prompts inside a commitment's text (IRM exports run them inline): the parts they open decide
// whether a vague word states the action or explains. Texts written for the test, in the template's layout.
import { templatePrompts } from '../../../src/core/checks/template-prompts';
import { fromPlainText } from '../../../src/core/source';
import { findings } from './helpers';

const en = (text: string) =>
  findings(text, { lang: 'en' })
    .filter((f) => ['vague-term', 'vague-time', 'hedge'].includes(f.ruleId))
    .map((f) => `${f.actual}:${f.severity}`);

describe('template prompts: where a vague word stands in an OGP commitment', () => {
  test('questions and labels inline, in one paragraph: the problem and relevance explain, the answer to "What is the commitment?" acts', () => {
    const text =
      'What is the public problem that the commitment will address?: The ministry has increased its budget but citizens ' +
      'cannot see it.; What is the commitment?: The ministry will improve the budget portal.; Why is this commitment ' +
      'relevant to OGP values?: It will strengthen public accountability.';
    expect(en(text)).toEqual(['increased:info', 'improve:warning', 'strengthen:info']);
  });

  test('the template’s own words get no finding; its guidance neither', () => {
    const text =
      'Issues to be addressed: budget data is scattered.\n' +
      'Relevance Briefly describe the way in which this commitment is relevant to further advancing OGP values. The ' +
      'portal will open the budget.\n' +
      'Lead institutions: Ministry of Finance Supporting institutions: Court of Audit';
    expect(en(text)).toEqual([]);
  });

  test('"Main Objective To strengthen…" states the action; a fronted purpose before an action does not', () => {
    expect(en('Main Objective To strengthen the audit framework and facilitate oversight.')).toEqual([
      'strengthen:warning',
      'facilitate:warning',
    ]);
    expect(
      en('What is the commitment? To ensure participation, amendments to the Act will be adopted by June 2025.'),
    ).toEqual(['ensure:info']);
    // Word's list mark (a symbol of a private font) before the aim; a verb inside what the aim governs is the aim's.
    expect(en('What is the commitment?\n\uf06c To increase the data on legislative activities.')).toEqual([
      'increase:warning',
    ]);
    expect(en('Main objective: To ensure that budget planning and audits are participatory.')).toEqual([
      'ensure:warning',
    ]);
  });

  test('a template question known word for word, without its mark and glued to the sentence before: its words only', () => {
    // The question's words get no finding; the part "What is the commitment?" opened goes on after them.
    const text =
      'What is the commitment? The Parliament will publish its votes through government programmes.How will the ' +
      'commitment contribute to solving the public problem Three approaches will be used: Strengthen committees.';
    expect(en(text)).toEqual(['Strengthen:warning']);
  });

  test('words inside a quotation are the quoted text’s: information, whatever its part', () => {
    const text =
      'What is the commitment? The Government will follow Principle 2.4 of the Compact, which states, “Give early ' +
      'notice of consultations, where possible, allowing enough time.” The Government will publish consultations ' +
      'where possible.';
    expect(en(text)).toEqual(['where possible:info', 'where possible:warning']);
  });

  test('a paragraph quoted whole is the plan’s own text, not a quotation: its words keep their roles', () => {
    // Canada's indicators are written between quotation marks, a list item each (LibreOffice makes them curly).
    const text = 'What is the commitment?\n“Strengthen the network of community radios by June 2020.”';
    expect(en(text)).toEqual(['Strengthen:warning']);
  });

  test('plans that call their commitments measures: the questions about the measure open their parts', () => {
    const text =
      'What does the measure include? The measure includes improving the legislative framework. Why is this measure ' +
      'relevant to the values of the Open Government Partnership? The measure is relevant because it contributes to ' +
      'the prevention of corruption.';
    expect(en(text)).toEqual(['improving:warning', 'contributes to:info']);
  });

  test('the objective’s own verb states the action; a purpose after it and its object stays a purpose', () => {
    expect(en('Main Objective: To strengthen the audit office to enhance the implementation of the law.')).toEqual([
      'strengthen:warning',
      'enhance:info',
    ]);
    expect(en('Main Objective: To strengthen the audit framework and to improve access to audits.')).toEqual([
      'strengthen:warning',
      'improve:warning',
    ]);
  });

  test('the answer to "What are the objectives of the commitment?" lists actions, as a field "Objectives" does', () => {
    const text =
      'What is the public problem? Access to information is slow. What are the objectives of the commitment? The ' +
      'specific objectives consist of:1) Encourage compliance with international standards; 2) Promote the ' +
      'transparency of government action.';
    expect(en(text)).toEqual(['Encourage:warning', 'Promote:warning']);
  });

  test('a commitment whose title is read as a whole cell: the prompts inside it still open their parts', () => {
    const text =
      'The legal recognition of the right to information is essential. Issues to be Addressed: There is an ongoing ' +
      'need for campaigns. Main Objective: To strengthen the anti-corruption framework.\n' +
      'Milestones to Fulfill the Commitment New or ongoing\nCommitment \nStart Date:\n\n \nEnd Date:\n' +
      '1. The Enactment of the RTI Act\n\na) Ministry of Justice to draft the bill. New October 2016 August 2017\n';
    // "an ongoing need" describes the need (no finding since round 9a); the objective's verb keeps its warning.
    expect(en(text)).toEqual(['strengthen:warning']);
  });

  test('where the template asks how the commitment solves the problem, named bodies that "will" act state the action', () => {
    const text =
      'How will the commitment contribute to solve the public problem? Disclosure builds trust. SLEITI and OGP will ' +
      'work with all relevant agencies. The Portal will improve access to the data.';
    expect(en(text)).toEqual(['work with:warning', 'improve:info']);
    // A line of a wrapped sentence does not open it.
    const wrapped =
      'How will the commitment contribute to the resolution of the public problem?\nMechanisms for the needs of ' +
      'communities to the\nJogorku Kenesh will ensure the accountability of the Parliament.';
    expect(en(wrapped)).toEqual(['ensure:info']);
  });

  test('a question translated from Spanish keeps its "¿": "¿Which is the commitment?" asks for the action', () => {
    const text =
      'What is the public problem? Citizens lack information.\n¿Which is the commitment? Set up a hotline and promote citizen ' +
      'participation.';
    expect(en(text)).toEqual(['promote:warning']);
  });

  test('a plan’s table of "Planned Activities Start Date End Date" lists milestones', () => {
    const text =
      'Rationale: service is poor.\nPlanned Activities Start Date End Date Expected Output(s)\n' +
      '1. Deploy a survey in 7 MDAs. January 2023 January 2025 Improved satisfaction with services.';
    expect(en(text)).toEqual(['Improved:warning']);
    // Another plan's heading of the same table; its column of the commitment's status, in either order.
    expect(
      en(
        'Rationale: service is poor.\nExpected Outcomes Start Date End Date\n' +
          '1. Deploy a survey in 7 MDAs. January 2023 January 2025 Improved satisfaction with services.',
      ),
    ).toEqual(['Improved:warning']);
    expect(en('Rationale: service is poor.\nOngoing or new\nImprove the archive catalogue.')).toEqual([
      'Improve:warning',
    ]);
  });

  test('milestones after their label keep their warnings; the OGP challenge’s answer is template text', () => {
    const text =
      'Status quo: reporting is slow.\nOGP Challenge Improve public services.\nMilestones\n' +
      'Hold regular committee meetings. May 2022 April 2023';
    expect(en(text)).toEqual(['regular:warning']);
  });

  test('IRM variants of the labels: run into a table, indented, typed differently, guidance ending in ".:"', () => {
    expect(
      en(
        'OGP Values Transparency\nVerifiable and measurable milestones to fulfil the commitment Start date End date ' +
          'Expand the use of Parliament TV.',
      ),
    ).toEqual(['Expand:warning']);
    expect(en('Status quo: archives are closed.\n Milestone:\n Improve the archive catalogue.')).toEqual([
      'Improve:warning',
    ]);
    expect(en('Problem of challenge addressed: There is inadequate engagement. Issue to addressed: budgets.')).toEqual(
      [],
    );
    expect(
      en(
        'Ambition: Briefly describe the intended results of the commitment and how it will either make government ' +
          'more open or improve government through more openness.: The law will be passed by 2020.',
      ),
    ).toEqual([]);
    // The answer's first word names the action, even as a participle.
    expect(en('Main objective Increasing the transparency of the decision-making process.')).toEqual([
      'Increasing:warning',
    ]);
    // The longer of two labels that start alike: "Objectives of the commitment", not "Objectives".
    expect(en('Objectives of the commitment Establish a register. Reinforce the right to information.')).toEqual([
      'Reinforce:warning',
    ]);
  });

  test('questions and labels wrapped onto the next line; the template’s newer labels of relevance', () => {
    expect(
      en(
        'What is the commitment? Pass the law.\nHow will the\ncommitment contribute to solving the problem?\nIt will improve trust.',
      ),
    ).toEqual(['improve:info']);
    expect(en('Relevance of commitment to OGP values Public accountability will be strengthened.')).toEqual([
      'strengthened:info',
    ]);
  });

  test('"Ambition: We are committed to…" is the author’s statement inside a part that explains', () => {
    expect(en('Ambition: We are committed to improving access to legislation.')).toEqual(['improving:warning']);
    // A body that acts, or the commitment with a verb of effort; with a verb of result the commitment says what it brings.
    expect(
      en(
        'Ambition: This commitment will continue the work started in 2016. Parliamentary Counsel Office will work ' +
          'with the makers of legislation. We seek to ease the tracking of bills.',
      ),
    ).toEqual(['continue:warning', 'work with:warning', 'seek to:warning']);
    expect(en('Relevance: This commitment will support the value of participation.')).toEqual(['support:info']);
    // An item that opens with a verb lists what will be done; "Increase in…" is a noun.
    expect(
      en(
        'How will the commitment contribute to solve the public problem?\n• Promote the pre-notification system.\n' +
          '• Increase in petitions since 2017: 40,000 a year.',
      ),
    ).toEqual(['Promote:warning', 'Increase:info']);
    // So does a sentence in the imperative after another one; a sentence that describes stays context.
    expect(
      en(
        'How will the commitment contribute to solve the public problem? Publication of reports on the web page. ' +
          'Improve the dissemination of the senate’s actions. Citizens will better understand and support its work.',
      ),
    ).toEqual(['Improve:warning', 'support:info']);
    expect(en('What is the commitment?: The commitment will support the passage of the access law.')).toEqual([
      'support:warning',
    ]);
  });

  test('a label runs into its answer before a capital, not into a sentence', () => {
    const kinds = (t: string) => templatePrompts(fromPlainText(t)).map((p) => p.kind);
    expect(kinds('Background The registry was created in 2010.')).toEqual(['context']);
    expect(kinds('Background checks will be published.')).toEqual([]);
    expect(kinds('The team met. Milestones will follow.')).toEqual([]);
  });
  test('a Sustainable Development Goal or target quoted by its number is the UN’s text; a plan’s own goal is not', () => {
    expect(
      en(
        'Additional information: Reference to Goal 16 "Peace, Justice and Strong Institutions" Target 16.6: Develop ' +
          'effective, accountable and transparent institutions at all levels.',
      ),
    ).toEqual([]);
    // A goal numbered without a target counts as the UN's only after the SDGs are named.
    expect(
      en('Which Sustainable Development Goal does this commitment relate to? Goal 16: Promote peaceful societies.'),
    ).toEqual([]);
    expect(en('Milestones\nGoal 1: Promote the use of open contracting data.')).toEqual(['Promote:warning']);
  });

  test('labels as other countries’ templates word them: the problem, the grand challenge, the SDG, the relevance', () => {
    // Wrapped by a table's column, its article dropped, the misspelt guidance: the template's words all the same.
    expect(en('Problem addressed by the\ncommitment\nThe Constitution guarantees the right to propose laws.')).toEqual(
      [],
    );
    expect(en('OGP Grand Challenge to be addressed through this Commitment: Improving Public Services')).toEqual([]);
    expect(en('Specific OGP challenge addressed by commitment: more effectively managing public resources.')).toEqual(
      [],
    );
    expect(en('Sustainable Development Goal (SDG) the Commitment addresses Goal 16: 16.6. and 16.7')).toEqual([]);
    expect(
      en('Promotes efforts for implementation of SDG Goals or Targets 11.3 by 2030 enhance inclusive urbanization'),
    ).toEqual([]);
    expect(
      en(
        'Ambition Briefly described the intended results of the commitment and how it will either make government ' +
          'more open or improve government through more openness.',
      ),
    ).toEqual([]);
    expect(
      en('The way in which this\ncommitment is relevant to\nfurther advancing OGP values\nThe portal will open.'),
    ).toEqual([]);
    // The guidance ends with its own words when the answer runs on without a stop (its sentence is the template's,
    // as a field's answer is); the next sentence is the author's.
    expect(
      en(
        'Ambition Briefly described the intended results of the commitment and how it will either make government ' +
          'more open or improve government through more openness Since 2011, more than 120 commitments were made in ' +
          'national action plans, spanning legal reforms and capacity building activities to technological ' +
          'developments and dissemination programs of many kinds in many countries of five continents. The ' +
          'Ministry will improve the portal.',
      ),
    ).toEqual(['improve:warning']);
    // The milestone table's column, wrapped by its cell: its milestones keep their warnings.
    expect(
      en(
        'Verifiable and measurable milestones to\nfulfil the commitment\nNew or\nongoing\nStart date End date\n15. Improve the law.',
      ),
    ).toEqual(['Improve:warning']);
    // Labels alone in brackets inside a paragraph open their parts too: the situation explains, the plans act.
    expect(
      en('2) Digital inclusion (Current Situation) The government is improving access for rural residents.'),
    ).toEqual(['improving:info']);
    const kinds = (t: string) => templatePrompts(fromPlainText(t)).map((p) => p.kind);
    expect(
      kinds('Access is poor (Current Situation) Access is poor. (Future Plans) Build a network (see annex).'),
    ).toEqual(['context', 'action']);
    // A question numbered "1- " is the template's as "1. " is: its answer explains.
    expect(en('1- How will engagement help foster accountability? - Improved employer enforcement.')).toEqual([
      'Improved:info',
    ]);
    // "Described" is the guidance only after "Briefly": elsewhere it is the author's prose.
    expect(en('What is the commitment? The Ministry will improve the process described in the commitment.')).toEqual([
      'improve:warning',
    ]);
  });

  test('a commitment read as one whose first paragraph is prose: its sentences and prompts decide, not the title', () => {
    const text =
      'The legal recognition of the Right to Information is essential to create a culture of transparency. Systems ' +
      'have to be developed for record management and reporting. Issues to be Addressed: Resources need to be ' +
      'allocated. This includes ensuring the autonomy of Information Officers. Main Objective: To strengthen the ' +
      'anti-corruption framework.\nMilestones to Fulfill the Commitment New or ongoing\nCommitment\nStart Date:\n' +
      'End Date:\n1. The Enactment of the RTI Act\na) Ministry in charge of mass media to ensure RTI requests can be ' +
      'processed New August 2016 February 2017\n2. Appointment and training of key RTI actors\na) Constitutional ' +
      'council to appoint RTI Commission New August 2016 September 2016';
    expect(en(text)).toEqual(['developed:info', 'ensuring:info', 'strengthen:warning', 'ensure:info']);
  });
});

// Fourteenth session, written from blind3's IRM texts, whose tables run labels into the text before them.
describe('template prompts: labels run into the text, targets quoted, numbered actions', () => {
  test('a capitalised label of two words or more run into the sentence before it opens its part', () => {
    // "Main Objective:" after the problem's last words, no stop between: the objective states the action.
    expect(
      en(
        'Issues to be Addressed: The public cannot comment on assessments EIAs Main Objective: Ensuring public participation in environmental decisions.',
      ),
    ).toEqual(['Ensuring:warning']);
    // A table flattened: the milestones' label after the last actor; "Other actors involved" no longer runs on.
    expect(
      en(
        'Other actors involved All government bodies Verifiable and measurable milestones to fulfil the commitment New or ongoing Start date End date The Office will work with the agencies to publish the inventory. New Jan 2017',
      ),
    ).toEqual(['work with:warning']);
    // One word ("Commitment:") is too common to be a label there.
    expect(
      en('Rationale: the problem addressed by the Commitment: agencies improve the service without any plan.'),
    ).toEqual(['improve:info']);
  });

  test('"Implementation indicators:" and "Main Aim" are the template’s labels', () => {
    expect(
      en(
        'Rationale: the service is slow.\nImplementation indicators: Timely publication of the register, strengthening of the access mechanisms.',
      ).map((w) => w.split(':')[1]),
    ).not.toContain('info');
    expect(
      en('Rationale: the service is slow.\nMain Aim\nSubstantial increase in the use of online services.'),
    ).toEqual(['increase:warning']);
  });

  test('targets of the Sustainable Development Goals listed by number quote the UN’s words: no finding', () => {
    const text =
      'Promotes efforts for implementation of SDG Goals or Targets 16.5 Substantially reduce corruption and bribery in all their forms.\n' +
      '17.17 Encourage and promote effective public and civil society partnerships.\n' +
      'What is the commitment? The Ministry will improve the register.';
    expect(en(text)).toEqual(['improve:warning']);
    // Without the goals named, a numbered item is the plan's own.
    expect(en('Milestones:\n2.2 Promote effective partnerships with civil society.')).toEqual(['Promote:warning']);
  });

  test('an item numbered as a plan numbers its actions, before the template’s first prompt, states an action', () => {
    const text =
      '2.1 Open the budget process by publishing the budget online; and 2.2 Improve citizen participation in the budget.\n' +
      'Rationale: citizens do not read the budget.';
    expect(en(text)).toEqual(['Improve:warning']);
  });
});

describe('template prompts: the commitment and named bodies stating the action inside a part that explains', () => {
  test('a body named with its acronym in brackets, or followed by an apposition, that "will" act states the action', () => {
    const text =
      'Rationale: data is not shared.\nAmbition: The Office of the Government Chief Information Officer (OGCIO) will work with the tax office to publish the data inventory. ' +
      'The OGCIO, supported by the Advisory Board, will work with staff to publish a skills strategy.';
    expect(en(text).filter((w) => w.startsWith('work with'))).toEqual(['work with:warning', 'work with:warning']);
  });

  test('"In addition, the commitment aims to…" where the template asks for the commitment: its aim', () => {
    expect(
      en(
        'What is the commitment? The office will open a complaints portal. In addition, the commitment aims to strengthen the complaints office.',
      ),
    ).toEqual(['strengthen:warning']);
  });
});
