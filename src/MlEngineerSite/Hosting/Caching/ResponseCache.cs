using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>
/// The responses rendered from the current content version, by URL. Every page is the same for
/// every reader, so a body is rendered and compressed once and then served as bytes. A new content
/// version starts a new, empty generation; the old one is dropped whole, so nothing stale is served.
/// </summary>
public sealed class ResponseCache(ContentStore content, IOptions<ResponseCacheOptions> options)
{
    private readonly long _maxBytes = options.Value.MaxMegabytes * 1024L * 1024L;
    private Generation? _current;

    /// <summary>
    /// The generation for the content being served now. A request keeps the generation it started
    /// with, so a body rendered while a reload lands can only go into a generation about to be dropped.
    /// </summary>
    public Generation Current
    {
        get
        {
            var version = content.Current.Version;
            var current = Volatile.Read(ref _current);
            if (current?.Version == version)
            {
                return current;
            }

            var fresh = new Generation(version, _maxBytes);
            var seen = Interlocked.CompareExchange(ref _current, fresh, current);
            if (seen != current)
            {
                return Current; // Another request moved first.
            }

            current?.Drop();
            return fresh;
        }
    }

    /// <summary>
    /// The cache key for a request, or null when the request must not be cached: a query string could
    /// make endless keys. Asset links carry <c>?v=HASH</c> only to make browsers fetch a changed file,
    /// and the body depends on the path alone, so such URLs share one key per path.
    /// </summary>
    public static string? KeyFor(HttpRequest request)
    {
        if (!request.QueryString.HasValue)
        {
            return request.Path.Value;
        }

        return request.Query is { Count: 1 } query && query.ContainsKey("v") ? request.Path.Value + "?v" : null;
    }

    /// <summary>What the memory cache spends on an entry besides its key and body (its entry object and options).</summary>
    private const int KeyOverhead = 256;

    /// <summary>The responses of one content version.</summary>
    public sealed class Generation(string version, long maxBytes)
    {
        private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = maxBytes });

        public string Version { get; } = version;

        public bool TryGet(string key, out CachedResponse response) =>
            _entries.TryGetValue(key, out response!);

        /// <summary>Stores an entry, counting its key too: a long key costs memory of its own, whatever its body.</summary>
        public void Add(string key, CachedResponse response) =>
            _entries.Set(key, response, new MemoryCacheEntryOptions { Size = response.Size + (key.Length * sizeof(char)) + KeyOverhead });

        internal void Drop() => _entries.Clear();
    }
}
