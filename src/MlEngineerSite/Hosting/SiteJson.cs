using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlEngineerSite.Hosting;

/// <summary>
/// The JSON the app writes through ASP.NET Core, described at build time (System.Text.Json's source
/// generator). Every endpoint the request delegate generator maps asks the HTTP JSON options for
/// <c>object</c>'s metadata when the route table is built; answered here, start-up builds no
/// reflection-based serializer (bench/README.md, "Start-up: what the JIT still compiles").
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(ReadyReport))]
internal sealed partial class SiteJson : JsonSerializerContext;

/// <summary>What <c>/healthz/ready</c> answers.</summary>
internal sealed record ReadyReport(string Status, string ContentVersion, int Articles, bool SearchIndexBuilt, DateTimeOffset PublishedAt, ReloadErrorReport? LastReloadError);

/// <summary>The last refused reload: when, how many errors, in which files, and (when shown) their messages.</summary>
internal sealed record ReloadErrorReport(DateTimeOffset At, int Errors, IReadOnlyList<string> Files, IReadOnlyList<string>? Problems);
