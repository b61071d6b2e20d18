import { Command, Option } from "commander";
import { analyzeCorpus } from "../../analyze/corpus.js";
import { loadKnowledge } from "../../knowledge/index.js";
import { renderMarkdown } from "../../report/markdown.js";
import { UserError } from "../errors.js";
import {
  acquireOptions,
  addInputOptions,
  type InputFlags,
  printProblem,
  withAnalysisThreads,
} from "../options.js";

interface AnalyzeFlags extends InputFlags {
  format: "json" | "md";
}

export function analyzeCommand(): Command {
  const command = new Command("analyze")
    .description("analyse articles in memory (no store) and print one sitrep.analysis/1 document")
    .argument("<inputs...>", "files (.txt .html .json .jsonl, optionally .gz), directories, or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["json", "md"]).default("json"))
    .addHelpText("after", "\nExample:\n  sitrep analyze --format json articles/ > analysis.json");
  return addInputOptions(command).action(async (inputs: string[], flags: AnalyzeFlags) => {
    const options = acquireOptions(flags);
    const kb = loadKnowledge();
    const { problems, ...picture } = await withAnalysisThreads(flags, kb, (pool) =>
      analyzeCorpus(inputs, kb, { ...options, onProblem: printProblem, pool }),
    );
    if (picture.document.articles.length === 0 && problems.length > 0) {
      throw new UserError("no article could be read");
    }
    process.stdout.write(
      flags.format === "md" ? renderMarkdown(picture) : `${JSON.stringify(picture.document, null, 1)}\n`,
    );
    if (problems.length) process.exitCode = 1;
  });
}
