namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2014HardcodedArchitectureDownloadTests
{
    // Reduced from netlify/build-image#715: kubectl and Hugo's .deb for amd64 in an image built on Apple Silicon.
    private const string Kubectl =
        "FROM ubuntu:22.04\n" +
        "RUN apt-get update && apt-get install -y curl\n" +
        "RUN curl -fsSLO https://dl.k8s.io/release/v1.28.0/bin/linux/amd64/kubectl && install kubectl /usr/local/bin/kubectl\n";

    [Fact]
    public void Amd64_download_is_reported_on_its_URL_and_fixed_to_TARGETARCH()
    {
        var diagnostic = Assert.Single(Lint.Run(Kubectl));
        Assert.Equal("NN2014", diagnostic.Id);
        Assert.Equal("https://dl.k8s.io/release/v1.28.0/bin/linux/amd64/kubectl", Lint.At(Kubectl, diagnostic));
        Assert.Contains("an arm64 engine (Docker Desktop on an Apple Silicon Mac", diagnostic.Message, StringComparison.Ordinal);

        var fixedText = Lint.Fixed(Kubectl, diagnostic);
        Assert.Equal(
            "FROM ubuntu:22.04\nARG TARGETARCH\n" +
            "RUN apt-get update && apt-get install -y curl\n" +
            "RUN curl -fsSLO https://dl.k8s.io/release/v1.28.0/bin/linux/${TARGETARCH}/kubectl && install kubectl /usr/local/bin/kubectl\n",
            fixedText);
        Assert.Empty(Lint.Run(fixedText));
    }

    [Fact]
    public void Deb_downloaded_and_installed_is_one_finding_whose_fix_changes_every_name()
    {
        var dockerfile =
            "FROM debian:bookworm\n" +
            "RUN wget -q https://github.com/gohugoio/hugo/releases/download/v0.111.3/hugo_extended_0.111.3_linux-amd64.deb \\\n" +
            "    && dpkg -i hugo_extended_0.111.3_linux-amd64.deb\n";
        var diagnostic = Assert.Single(Lint.Only("NN2014", dockerfile));
        Assert.Equal(1, dockerfile.Substring(0, diagnostic.Span.Start).Count(c => c == '\n')); // line 2
        var fixedText = Lint.Fixed(dockerfile, diagnostic);
        Assert.Contains("hugo_extended_0.111.3_linux-${TARGETARCH}.deb \\\n    && dpkg -i hugo_extended_0.111.3_linux-${TARGETARCH}.deb", fixedText, StringComparison.Ordinal);
        Assert.Empty(Lint.Only("NN2014", fixedText));
    }

    [Fact]
    public void ADD_of_an_arm64_URL_is_fixed_in_place()
    {
        var dockerfile = "FROM alpine:3.20\nADD https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_arm64 /usr/bin/yq\n";
        var diagnostic = Assert.Single(Lint.Only("NN2014", dockerfile));
        Assert.Contains("a build for arm64", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("an amd64 engine or server", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("FROM alpine:3.20\nARG TARGETARCH\nADD https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_${TARGETARCH} /usr/bin/yq\n", Lint.Fixed(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("RUN curl -fsSL https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip -o awscliv2.zip && unzip awscliv2.zip\n", "TARGETARCH says amd64 or arm64")]
    [InlineData("RUN curl -fsSLO https://example.com/tool-linux-amd64.tar.gz && echo \"abc  tool-linux-amd64.tar.gz\" | sha256sum -c -\n", "checksum")]
    [InlineData("RUN curl -fsSL 'https://example.com/tool-linux-amd64.tar.gz' | tar -xz\n", "where the shell expands it")]
    [InlineData("RUN curl -fsSL https://github.com/cli/cli/releases/download/v2.0.0/gh_2.0.0_linux_aarch64.rpm -o gh.rpm && rpm -i gh.rpm\n", "TARGETARCH says amd64 or arm64")]
    public void Downloads_without_a_safe_rewrite_are_reported_without_a_fix(string run, string explains)
    {
        var dockerfile = "FROM ubuntu:24.04\n" + run;
        var diagnostic = Assert.Single(Lint.Only("NN2014", dockerfile));
        Assert.Null(diagnostic.Fix);
        Assert.Contains(explains, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    // docker-library's pattern: the architecture is chosen at build time.
    [InlineData("FROM debian:bookworm-slim\nRUN set -eux; dpkgArch=\"$(dpkg --print-architecture)\"; case \"$dpkgArch\" in amd64) url='https://example.com/x-linux-amd64.tar.gz' ;; arm64) url='https://example.com/x-linux-arm64.tar.gz' ;; esac; curl -fsSL \"$url\" | tar -xz\n")]
    [InlineData("FROM alpine:3.20\nRUN apkArch=\"$(apk --print-arch)\"; case \"$apkArch\" in x86_64) a=amd64 ;; esac; wget https://example.com/tool_linux_amd64.tgz\n")]
    [InlineData("FROM ubuntu:24.04\nRUN curl -fsSLO \"https://example.com/tool-$(uname -m).tar.gz\" https://example.com/extra-x86_64.tar.gz\n")]
    [InlineData("FROM ubuntu:24.04\nARG TARGETARCH\nRUN curl -fsSLO https://dl.k8s.io/release/v1.28.0/bin/linux/${TARGETARCH}/kubectl\n")]
    // Both architectures named: a choice this rule does not read (case "$ARCH" in ...).
    [InlineData("FROM ubuntu:24.04\nRUN if [ \"$ARCH\" = x ]; then curl -O https://e.com/t-amd64.tgz; else curl -O https://e.com/t-arm64.tgz; fi\n")]
    // Architecture-pinned stages and variant Dockerfiles (dotnet-docker's src/*/amd64/Dockerfile, Docker Hub's arm64v8/*).
    [InlineData("FROM --platform=linux/amd64 ubuntu:24.04\nRUN curl -fsSLO https://dl.k8s.io/release/v1.28.0/bin/linux/amd64/kubectl\n")]
    [InlineData("FROM arm64v8/ubuntu:24.04\nRUN curl -fsSLO https://dl.k8s.io/release/v1.28.0/bin/linux/arm64/kubectl\n")]
    [InlineData("ARG REPO=mcr.microsoft.com/dotnet/runtime-deps\nFROM mcr.microsoft.com/azurelinux/base/core:3.0 AS installer\nRUN curl -fSL --remote-name https://builds.dotnet.microsoft.com/dotnet/Runtime/8.0.0/dotnet-runtime-8.0.0-linux-arm64.tar.gz\n\nFROM $REPO:8.0.30-azurelinux3.0-distroless-arm64v8\nCOPY --from=installer /usr/share/dotnet /usr/share/dotnet\n")]
    // A stage on the build machine is not built for the target (NN2013 and NN2015 look at how its output is used).
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.22 AS tools\nRUN curl -fsSLO https://example.com/protoc-linux-x86_64.zip\n\nFROM alpine:3.20\n")]
    // Not downloads: library paths and cross compilers.
    [InlineData("FROM ubuntu:24.04\nRUN ln -s /usr/lib/x86_64-linux-gnu/libssl.so.3 /usr/lib/libssl.so.3\n")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y gcc-aarch64-linux-gnu libc6-dev-arm64-cross\n")]
    [InlineData("FROM ubuntu:24.04\nRUN curl -fsSL https://example.com/arm64v8-notes.txt -o notes.txt\n")]
    public void Architecture_choices_pinned_stages_and_non_downloads_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2014", dockerfile));
    }
}
