import { describe, expect, it } from "vitest";
import { segment } from "../../src/analyze/segment.js";
import { findTimexes, traceTimexes } from "../../src/analyze/timexes.js";
import type { PublishedDate } from "../../src/contract/types.js";

const published = (date: string, precision: PublishedDate["precision"] = "day"): PublishedDate => ({
  date,
  precision,
  inferred: false,
  basis: "test",
});

/** [text, value] pairs of what the stage finds, checking that every span points at its text. */
function timexesOf(text: string, pub: PublishedDate | null): [string, string][] {
  const found = findTimexes(text, segment(text).sentences, pub);
  for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  return found.map((t) => [t.text, t.value]);
}

// Friday 22 March 2013
const FRIDAY = published("2013-03-22");

describe("timexes: stated dates need no publication date", () => {
  it.each([
    ["Mourners gathered in the square on Oct. 14, 2024.", [["Oct. 14, 2024", "2024-10-14"]]],
    ["The vote took place on 5 March 2021 after delays.", [["5 March 2021", "2021-03-05"]]],
    ["The raid in May 2010 strained ties.", [["May 2010", "2010-05"]]],
    ["Talks ran through July of 2009 in secret.", [["July of 2009", "2009-07"]]],
    [
      "Raids went on between March and June 2016.",
      [
        ["March", "2016-03"],
        ["June 2016", "2016-06"],
      ],
    ],
    [
      "Votes were held on May 3, May 5 and May 9, 2024.",
      [
        ["May 3", "2024-05-03"],
        ["May 5", "2024-05-05"],
        ["May 9, 2024", "2024-05-09"],
      ],
    ],
    ["Fighting has gone on since 1990 without pause.", [["1990", "1990"]]],
    ["Prices climbed in mid-2023 and fell again.", [["mid-2023", "2023"]]],
    [
      "The crossing of 1957-58 made him famous.",
      [
        ["1957", "1957"],
        ["58", "1958"],
      ],
    ],
    [
      "The pandemic of 2009-2010 hit children hard.",
      [
        ["2009", "2009"],
        ["2010", "2010"],
      ],
    ],
    ["The record was filed as 2013-03-22 in the registry.", [["2013-03-22", "2013-03-22"]]],
    ["The 2019 budget review found gaps.", [["2019", "2019"]]],
    ["Iraq's 2005 constitution set the rules.", [["2005", "2005"]]],
  ])("%j", (text, expected) => {
    expect(timexesOf(text, null)).toEqual(expected);
  });
});

describe("timexes: resolved against the publication date, leaning to the past", () => {
  it.each([
    ["The minister died on Wednesday.", FRIDAY, [["Wednesday", "2013-03-20"]]],
    ["The minister spoke Friday in the capital.", FRIDAY, [["Friday", "2013-03-22"]]],
    ["The envoys will meet again on Wednesday.", FRIDAY, [["Wednesday", "2013-03-27"]]],
    ["He resigned last Friday.", FRIDAY, [["last Friday", "2013-03-15"]]],
    ["On Thursday Israel said it would respond.", FRIDAY, [["Thursday", "2013-03-21"]]],
    ["Tuesday, March 19, was the deadline.", FRIDAY, [["Tuesday, March 19", "2013-03-19"]]],
    [
      "The strikes on Saturday, October 26, hit air defences.",
      published("2024-11-06"),
      [["Saturday, October 26", "2024-10-26"]],
    ],
    ["On Wednesday, the envoy will fly home.", FRIDAY, [["Wednesday", "2013-03-27"]]],
    ["On Wednesday, he had promised that talks will go on.", FRIDAY, [["Wednesday", "2013-03-20"]]],
    ["The leader announced Wednesday that he planned to resign.", FRIDAY, [["Wednesday", "2013-03-20"]]],
    ["In September, the group freed a hostage.", published("2025-11-05"), [["September", "2025-09"]]],
    ["In September, the group freed a hostage.", published("2025-02-10"), [["September", "2024-09"]]],
    ["In September, the group freed a hostage.", published("2025-11", "month"), [["September", "2025-09"]]],
    ["The strike on Oct. 3 killed two guards.", published("2024-11-10"), [["Oct. 3", "2024-10-03"]]],
    ["The season began in early December.", FRIDAY, [["early December", "2012-12"]]],
    ["Her memoir is due to be published in May.", FRIDAY, [["May", "2013-05"]]],
    ["Voters go to the polls in November.", published("2012-08-21"), [["November", "2012-11"]]],
    ["The minister was fired in February.", published("2017-12-04"), [["February", "2017-02"]]],
    ["In February, the minister was fired.", published("2017-12-04"), [["February", "2017-02"]]],
    ["The deal keeps the agency open until Feb. 15.", published("2019-01-25"), [["Feb. 15", "2019-02-15"]]],
    [
      "The drone strike on Jan. 28 killed three soldiers.",
      published("2024-11-06"),
      [["Jan. 28", "2024-01-28"]],
    ],
    ["The court ruling is expected by June.", published("2011-03-29"), [["June", "2011-06"]]],
    ["The pilot scheme will run through June.", FRIDAY, [["June", "2013-06"]]],
    ["He lost the election last May.", FRIDAY, [["last May", "2012-05"]]],
    ["He vanished late last July.", FRIDAY, [["late last July", "2012-07"]]],
    ["Exports fell last year.", FRIDAY, [["last year", "2012"]]],
    ["Exports will grow next year.", FRIDAY, [["next year", "2014"]]],
    ["Inspectors arrived earlier this month.", FRIDAY, [["earlier this month", "2013-03"]]],
    ["Last month the port reopened.", FRIDAY, [["Last month", "2013-02"]]],
    ["The law passed four years ago.", FRIDAY, [["four years ago", "2009"]]],
    ["The bridge opened 10 days ago.", FRIDAY, [["10 days ago", "2013-03-12"]]],
    ["Two soldiers were hurt yesterday.", FRIDAY, [["yesterday", "2013-03-21"]]],
    ["The agency must save money this fiscal year.", FRIDAY, [["this fiscal year", "2013"]]],
    ["The work will be done by the end of the year.", FRIDAY, [["the end of the year", "2013"]]],
    [
      "He said so in an interview over the weekend.",
      published("2025-11-03"),
      [["over the weekend", "2025-11"]],
    ],
    ["Leaders meet in Brussels next week.", FRIDAY, [["next week", "2013-03"]]],
  ])("%j (published %o)", (text, pub, expected) => {
    expect(timexesOf(text, pub)).toEqual(expected);
  });
});

describe("timexes: counted from the last date the article mentioned", () => {
  it.each([
    [
      "The war began in October 2023. In January 2024 talks opened. The following month, they failed.",
      [
        ["October 2023", "2023-10"],
        ["January 2024", "2024-01"],
        ["The following month", "2024-02"],
      ],
    ],
    [
      "The blast came on March 3, 2020. The next day, rescuers found survivors.",
      [
        ["March 3, 2020", "2020-03-03"],
        ["The next day", "2020-03-04"],
      ],
    ],
    [
      "Talks opened on June 2, 2019. A week later, they collapsed.",
      [
        ["June 2, 2019", "2019-06-02"],
        ["A week later", "2019-06-09"],
      ],
    ],
    [
      "The flu season started in early December and peaked by the end of the year.",
      [
        ["early December", "2012-12"],
        ["the end of the year", "2012"],
      ],
    ],
  ])("%j", (text, expected) => {
    expect(timexesOf(text, FRIDAY)).toEqual(expected);
  });

  it("gives a month and day the year the article states for it elsewhere", () => {
    const text = "The raid of Oct. 7, 2023 changed the region. Since Oct. 7, talks have stalled.";
    const expected = [
      ["Oct. 7, 2023", "2023-10-07"],
      ["Oct. 7", "2023-10-07"],
    ];
    expect(timexesOf(text, published("2025-03-01"))).toEqual(expected);
    expect(timexesOf(text, null)).toEqual(expected);
  });

  it("needs a day for a day count: a month does not give 'the next day'", () => {
    expect(timexesOf("In 2019 the border closed. The next day, trade stopped.", null)).toEqual([
      ["2019", "2019"],
    ]);
  });
});

describe("timexes: a month and day that names an event takes its year only when used as its name", () => {
  it.each([
    ["Israel has fought in Gaza since Oct. 7.", published("2025-11-04"), [["Oct. 7", "2023-10-07"]]],
    ["Funding rose after the Sept. 11 attacks.", published("2010-08-14"), [["Sept. 11", "2001-09-11"]]],
    ["Survivors of the Oct. 7 massacre spoke.", published("2023-10-20"), [["Oct. 7", "2023-10-07"]]],
    ["The minister will visit on Oct. 7.", published("2025-09-20"), [["Oct. 7", "2025-10-07"]]],
    ["The talks resumed on Oct. 7 in Cairo.", published("2025-11-04"), [["Oct. 7", "2025-10-07"]]],
  ])("%j", (text, pub, expected) => {
    expect(timexesOf(text, pub)).toEqual(expected);
  });
});

describe("timexes: text that must produce nothing", () => {
  it.each([
    "You may leave whenever you like.",
    "May I ask a question?",
    "Prime Minister Theresa May said nothing.",
    "Thousands joined the Women's March downtown.",
    "Section 2020 of the law was repealed.",
    "The council passed Resolution 2334 after a debate.",
    "About 2,000 troops crossed the river.",
    "Some 2000 troops crossed the river.",
    "The army sent 1500 soldiers north.",
    "Officials said 12,019 votes were cast.",
    "She tried a second time.",
    "Music of the 1990s filled the hall.",
    "Crowds marked Good Friday in the old city.",
    "The siege lasted a week.",
    "Output rose over the past year.",
    "The convoy left at 2030 GMT.",
    "He wrote for the Sunday Times for years.",
    'She told NBC\'s "Today" show she would run.',
    "The senator appeared on ABC's This Week with a warning.",
    "The survey by USA TODAY was wide.",
  ])("%j", (text) => {
    expect(timexesOf(text, FRIDAY)).toEqual([]);
  });

  it.each([
    "The minister died on Wednesday.",
    "Exports fell last year.",
    "In September, the group freed a hostage.",
    "The strike on Oct. 3 killed two guards.",
    "He said so in an interview over the weekend.",
  ])("without a publication date, a relative date is not guessed: %j", (text) => {
    expect(timexesOf(text, null)).toEqual([]);
  });

  it("a leap day is not put in a year without one", () => {
    expect(timexesOf("The law was signed on Feb. 29 in the capital.", published("2023-06-01"))).toEqual([]);
    expect(timexesOf("The law was signed on Feb. 29 in the capital.", published("2024-06-01"))).toEqual([
      ["Feb. 29", "2024-02-29"],
    ]);
  });

  it("a weekday needs a publication date known to the day", () => {
    expect(timexesOf("The minister died on Wednesday.", published("2013-03", "month"))).toEqual([]);
  });
});

describe("timexes: sentence index", () => {
  it("points at the sentence holding the expression", () => {
    const text = "Nothing happened then. Troops left in 2011.";
    expect(findTimexes(text, segment(text).sentences, null).map((t) => t.sentence)).toEqual([1]);
  });
});

describe("timexes: trace", () => {
  it("tells the rule behind each proposal and leaves unresolved ones without a date", () => {
    const trace = traceTimexes("He left on Wednesday, in 2019.", null);
    expect(trace.map((t) => [t.proposal.rule, t.date])).toEqual([
      ["weekday", null],
      ["year", { year: 2019, month: null, day: null }],
    ]);
  });
});
