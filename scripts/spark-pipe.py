#!/usr/bin/env python3
"""Runs `verbatim extract` as a mapper under Apache Spark (local mode) and reads its output back as a DataFrame.

Each partition of the input dump (JSONL, one {"id", "text" | "html", ...} a line) is piped through
`verbatim extract - --format jsonl --quiet` with `rdd.pipe`; the output lines, one per input line and in input
order within each partition, are read with `spark.read.json`. It prints counts and a few speaker_name rows.

    pip install pyspark            # needs Java on PATH
    scripts/spark-pipe.py dump.jsonl --verbatim .build/release/verbatim --partitions 4 --output out.jsonl

Exit status: 0 when every input line gave exactly one output line, 1 otherwise, 2 when Spark could not start.
"""
import argparse
import json
import os
import shlex
import sys


def parse_arguments():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", help="a JSONL dump, one article a line")
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"),
                        help="the verbatim binary (default: .build/release/verbatim)")
    parser.add_argument("--models", default=os.path.join(root, "Models"), help="the Models folder")
    parser.add_argument("--partitions", type=int, default=2, help="partitions, i.e. parallel verbatim processes")
    parser.add_argument("--output", help="also write the output lines here (JSONL, in input order)")
    parser.add_argument("--show", type=int, default=10, help="speaker_name rows to print")
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    verbatim = os.path.abspath(arguments.verbatim)
    if not os.access(verbatim, os.X_OK):
        print(f"spark-pipe: no verbatim binary at {verbatim}: build it or pass --verbatim", file=sys.stderr)
        return 2
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import functions
    except ImportError:
        print("spark-pipe: pyspark is not installed: pip install pyspark", file=sys.stderr)
        return 2

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode: stay on loopback
    spark = (SparkSession.builder.master(f"local[{max(1, arguments.partitions)}]").appName("verbatim-spark-pipe")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        lines = spark.sparkContext.textFile(os.path.abspath(arguments.dump), arguments.partitions)
        lines = lines.filter(lambda line: line.strip() != "")
        command = [verbatim, "extract", "-", "--format", "jsonl", "--quiet", "--jobs", "1"]
        # pipe() takes one shell-quoted string and replaces the environment, so pass ours on.
        environment = dict(os.environ, VERBATIM_MODELS=os.path.abspath(arguments.models))
        # verbatim exits 1 when an article gave an error record (still one line for it): do not fail the task.
        output = lines.pipe(shlex.join(command), env=environment, checkCode=False).cache()
        inputs, outputs = lines.count(), output.count()
        records = spark.read.json(output)

        columns = set(records.columns)
        errors = records.filter(functions.col("error").isNotNull()).count() if "error" in columns else 0
        print(f"input lines: {inputs}")
        print(f"output lines: {outputs}")
        print(f"error records: {errors}")
        if "quotes" in columns:
            quotes = records.select("id", functions.explode("quotes").alias("quote"))
            print(f"quotes: {quotes.count()}")
            speakers = (quotes.filter(functions.col("quote.speaker_name").isNotNull())
                        .groupBy(functions.col("quote.speaker_name").alias("speaker_name")).count()
                        .orderBy(functions.desc("count"), "speaker_name"))
            speakers.show(arguments.show, truncate=False)
        if arguments.output:
            with open(arguments.output, "w", encoding="utf-8") as handle:
                for line in output.collect():
                    handle.write(line + "\n")
        print(json.dumps({"input_lines": inputs, "output_lines": outputs, "error_records": errors}))
        return 0 if inputs == outputs else 1
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
