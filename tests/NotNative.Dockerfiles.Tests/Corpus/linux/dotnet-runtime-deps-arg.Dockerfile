ARG REPO=mcr.microsoft.com/dotnet/runtime-deps
FROM $REPO:8.0.11-bookworm-slim-amd64

# .NET Runtime version
ENV DOTNET_VERSION=8.0.11

# Install .NET Runtime
RUN curl -fSL --output dotnet.tar.gz https://example.invalid/dotnet-runtime-$DOTNET_VERSION-linux-x64.tar.gz \
    && dotnet_sha512='00' \
    && echo "$dotnet_sha512  dotnet.tar.gz" | sha512sum -c - \
    && mkdir -p /usr/share/dotnet \
    && tar -oxzf dotnet.tar.gz -C /usr/share/dotnet \
    && rm dotnet.tar.gz \
    && ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
