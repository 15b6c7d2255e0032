using System.Diagnostics;
using System.Text;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Syntax;

// Dockerfile parse + all rules over a generated corpus of realistic Dockerfiles, on one thread.
// Prints files per second; the bar in the Dockerfile rules issue is 20,000 files/s on one core.
var corpus = Corpus.Generate(1000, seed: 20261128);
if (args.Length == 2 && args[0] == "--write-corpus")
{
    for (var i = 0; i < corpus.Count; i++)
    {
        File.WriteAllText(Path.Combine(args[1], $"{i:D4}.Dockerfile"), corpus[i]);
    }
}
var bytes = corpus.Sum(f => f.Length);
var options = new DockerfileAnalysisOptions { AssemblyName = "Shop.Api" };

for (var i = 0; i < 20; i++)
{
    foreach (var file in corpus)
    {
        DockerfileLinter.Lint(file, options); // warm-up: JIT and caches
    }
}

var rounds = 30;
var best = double.MaxValue;
var diagnostics = 0;
for (var round = 0; round < rounds; round++)
{
    var watch = Stopwatch.StartNew();
    diagnostics = 0;
    foreach (var file in corpus)
    {
        diagnostics += DockerfileLinter.Lint(file, options).Diagnostics.Count;
    }

    best = Math.Min(best, watch.Elapsed.TotalSeconds);
}

Console.WriteLine($"corpus: {corpus.Count} Dockerfiles, {bytes / 1024} KiB, {diagnostics} diagnostics per pass");
Console.WriteLine($"parse+lint: {corpus.Count / best:N0} files/s (best of {rounds}, one thread)");

var parseBest = double.MaxValue;
for (var round = 0; round < rounds; round++)
{
    var watch = Stopwatch.StartNew();
    foreach (var file in corpus)
    {
        DockerfileParser.Parse(file);
    }

    parseBest = Math.Min(parseBest, watch.Elapsed.TotalSeconds);
}

Console.WriteLine($"parse only: {corpus.Count / parseBest:N0} files/s; rules take {(best - parseBest) / best:P0} of parse+lint");

// Where the time goes: the model, then each rule alone, over pre-parsed files.
var parsed = corpus.Select(DockerfileParser.Parse).ToList();
var modelWatch = Stopwatch.StartNew();
var models = parsed.Select(p => NotNative.Dockerfiles.Semantics.DockerfileModel.Build(p, options.TargetOs)).ToList();
Console.WriteLine($"  model: {modelWatch.Elapsed.TotalMilliseconds:N1} ms");
foreach (var rule in DockerfileLinter.Rules)
{
    var ruleBest = double.MaxValue;
    for (var round = 0; round < 5; round++)
    {
        var watch = Stopwatch.StartNew();
        foreach (var model in models)
        {
            rule.Analyze(new DockerfileRuleContext(model, options, new()));
        }

        ruleBest = Math.Min(ruleBest, watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"  {rule.Descriptor.Id} {rule.GetType().Name}: {ruleBest:N2} ms");
}

var suppressionWatch = Stopwatch.StartNew();
foreach (var p in parsed)
{
    DockerfileLinter.Lint(p, options);
}

Console.WriteLine($"  whole lint of parsed files: {suppressionWatch.Elapsed.TotalMilliseconds:N1} ms");

var big = new StringBuilder("FROM alpine\n");
while (big.Length < 1024 * 1024)
{
    big.Append("RUN echo line \\\n    && apk add --no-cache curl \\\n    && echo done\n");
}

var text = big.ToString();
DockerfileParser.Parse(text);
var parseWatch = Stopwatch.StartNew();
DockerfileParser.Parse(text);
Console.WriteLine($"1 MiB Dockerfile: parsed in {parseWatch.Elapsed.TotalMilliseconds:N1} ms");

internal static class Corpus
{
    private static readonly string[] Bases =
    {
        "mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com/dotnet/sdk:8.0", "node:20-bookworm-slim", "python:3.12-slim",
        "golang:1.22", "alpine:3.20", "ubuntu:24.04", "mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled", "nginx:1.27-alpine",
        "mcr.microsoft.com/windows/servercore:ltsc2022", "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022",
    };

    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var b = new StringBuilder();
            b.Append("# syntax=docker/dockerfile:1\n");
            b.Append("ARG VERSION=1.").Append(i).Append('\n');
            b.Append("FROM --platform=$BUILDPLATFORM ").Append(Bases[random.Next(Bases.Length)]).Append(" AS build\n");
            b.Append("WORKDIR /src\n");
            b.Append("COPY [\"App/App.csproj\", \"App/\"]\n");
            b.Append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*\n");
            for (var s = random.Next(2, 8); s > 0; s--)
            {
                b.Append("RUN echo step ").Append(s).Append(" && ls -la /src\n");
            }

            b.Append("COPY . .\n");
            b.Append("RUN dotnet publish App/App.csproj -c Release -o /app/publish\n");
            b.Append("FROM ").Append(Bases[random.Next(Bases.Length)]).Append(" AS final\n");
            b.Append("ENV ASPNETCORE_URLS=http://+:8080 DOTNET_RUNNING_IN_CONTAINER=true\n");
            b.Append("WORKDIR ").Append(random.Next(10) == 0 ? "C:\\app" : "/app").Append('\n');
            b.Append("COPY --from=build /app/publish .\n");
            b.Append("EXPOSE 8080\n");
            b.Append("HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1\n");
            b.Append("USER app\n");
            b.Append("ENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n");
            files.Add(b.ToString());
        }

        return files;
    }
}
