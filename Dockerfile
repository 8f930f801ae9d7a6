# syntax=docker/dockerfile:1
# Build: the .NET 10 SDK restores, builds and publishes the app with its web root and bundled content.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MlEngineerSite/MlEngineerSite.csproj src/MlEngineerSite/
# The app is published self-contained with composite ReadyToRun: the app, its packages and the .NET
# runtime compiled ahead of time as one image for the target architecture. On one core it answers
# its first request 0.43 s after start, against 0.58 s for ReadyToRun on the shared runtime and
# 0.72 s without ReadyToRun (bench/README.md). TARGETARCH is amd64 or arm64. The restore must name the same
# runtime and ReadyToRun settings as the publish, or the runtime and compiler packs are missing.
ARG TARGETARCH=amd64
RUN dotnet restore src/MlEngineerSite/MlEngineerSite.csproj -a $TARGETARCH -p:SelfContained=true -p:PublishReadyToRun=true
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY content/ content/
RUN dotnet publish src/MlEngineerSite/MlEngineerSite.csproj -c Release -a $TARGETARCH --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o /app --no-restore

# Run: a minimal image with no shell, as a non-root user, on port 8080. The app carries its own
# runtime, so the base is runtime-deps: only the native libraries .NET needs, in the -extra variant
# that adds ICU, the culture data that German and French dates and numbers need (Site__Language).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra
WORKDIR /app
COPY --from=build /app .
# The bundled content is at /app/content: mount a volume there (read-only is fine) to serve your own.
# Inline socket completions: cached pages are answered on the socket's event thread (Hosting/InlineIO.cs).
# Two malloc arenas instead of glibc's eight per core: the native memory of compression and card
# drawing is then reused rather than spread over arenas that keep it; about 10 MB less RSS after a
# full load (bench/README.md, "RSS after a full load: glibc arenas and tiered PGO").
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/app/content \
    Log__Format=Json \
    DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
USER $APP_UID
# Chiseled images have no shell or curl: the app checks its own readiness endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/app/MlEngineerSite", "healthcheck"]
ENTRYPOINT ["/app/MlEngineerSite"]
