FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build
WORKDIR /source
COPY --link *.csproj .
RUN dotnet restore -r linux-musl-x64
COPY --link . .
RUN dotnet publish -r linux-musl-x64 --no-restore -o /app --self-contained true /p:PublishTrimmed=true

# The amd64 variant: the RID and the runtime image name one architecture (without -amd64 this is NN2015).
FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled-amd64
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./app"]
