using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Search;

/// <summary>
/// A Lucene index of every section of every article of one content snapshot (built and replaced by
/// the <see cref="SearchIndexer"/>). Queries are never parsed as Lucene syntax: the reader's words go through the same
/// analyzer of the site's language (stemming), and the query is built from the resulting terms, with small typos
/// and a prefix on the last word forgiven. Results are sections, best first, with snippets.
/// </summary>
public sealed partial class SearchIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TitleField = "title";
    private const string HeadingField = "heading";
    private const string TextField = "text";
    private const string UrlField = "url";
    private const int SnippetLength = 180;

    private readonly IndexSearcher? _searcher;

    /// <summary>The site's language's analyzer (stop words, stemming, folding), for the index and the queries alike.</summary>
    private readonly Analyzer _analyzer;

    private SearchIndex(IndexSearcher? searcher, Analyzer analyzer) => (_searcher, _analyzer) = (searcher, analyzer);

    // One analyzer per language for the process, as there was one before languages: an analyzer is
    // safe to share between threads, and a new one for every reload's index would never be disposed.
    private static readonly Analyzer English = new EnglishAnalyzer(Version);
    private static readonly Lazy<Analyzer> German = new(() => new Lucene.Net.Analysis.De.GermanAnalyzer(Version));
    private static readonly Lazy<Analyzer> French = new(() => new Lucene.Net.Analysis.Fr.FrenchAnalyzer(Version));

    /// <summary>
    /// Lucene's analyzer for a language: English (Porter stemming), German (light stemming and
    /// umlaut folding: "Ingenieur" finds "Ingenieure", "Gehalter" finds "Gehälter") or French
    /// (elision and light stemming: "l'ingénieur" is "ingénieur").
    /// </summary>
    private static Analyzer AnalyzerFor(string languageCode) => languageCode switch
    {
        "de" => German.Value,
        "fr" => French.Value,
        _ => English,
    };

    /// <param name="articles">The articles to index.</param>
    /// <param name="languageCode">The site's language (<see cref="Localization.SiteLanguage.Code"/>).</param>
    /// <param name="cancel">Stops a build that a newer snapshot has made useless.</param>
    public static SearchIndex Build(IEnumerable<Article> articles, string languageCode = "en", CancellationToken cancel = default)
    {
        var directory = new RAMDirectory();
        var analyzer = AnalyzerFor(languageCode);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var article in articles)
            {
                cancel.ThrowIfCancellationRequested();
                // The article as a whole: its description, and the tags and keywords its front matter gives, so a search for a tag finds it.
                var about = string.Join(' ', [article.Description, .. article.Tags, .. article.Keywords]);
                writer.AddDocument(Document(article.Title, article.Title, about, article.Url));
                foreach (var section in article.Sections.Where(s => s.IsSearched))
                {
                    writer.AddDocument(Document(article.Title, section.Title, section.Text, $"{article.Url}#{section.Id}"));
                }
            }

            writer.Commit();
        }

        return new SearchIndex(directory.ListAll().Length == 0 ? null : new IndexSearcher(DirectoryReader.Open(directory)), analyzer);
    }

    public IReadOnlyList<SearchResult> Search(string query, int count = 10)
    {
        var words = Terms(query);
        if (_searcher is null || words.Count == 0)
        {
            return [];
        }

        var lucene = BuildQuery(words);
        // Highlighting only needs the words themselves; scoring the fuzzy and prefix variants again would double the cost.
        var marks = new BooleanQuery();
        words.ForEach(w => marks.Add(new TermQuery(new Term(TextField, w)), Occur.SHOULD));
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(marks, TextField))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
        return [.. _searcher.Search(lucene, count).ScoreDocs.Select(hit =>
        {
            var document = _searcher.Doc(hit.Doc);
            var text = document.Get(TextField);
            // A fragment cut from mid-text can begin with the separator or comma its cut fell after.
            var snippet = highlighter.GetBestFragment(_analyzer, TextField, text) is { } fragment
                ? LeadingSeparator().Replace(fragment, "")
                : new SimpleHTMLEncoder().EncodeText(TextExcerpt.Summary(text, SnippetLength));
            return new SearchResult(document.Get(TitleField), document.Get(HeadingField), document.Get(UrlField), snippet);
        })];
    }

    /// <summary>The reader's words as index terms (lower case, stop words dropped, stemmed).</summary>
    private List<string> Terms(string query)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, new StringReader(query));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < 20)
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// Each word may match exactly, nearly (one typo) or as a prefix (the last word), in headings
    /// (worth most), titles or text; at least half the words must match, and words that stand
    /// together in the question ("san francisco") count extra where they stand together in the text.
    /// </summary>
    private static BooleanQuery BuildQuery(List<string> words)
    {
        var all = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, words.Count / 2) };
        for (var i = 0; i < words.Count; i++)
        {
            var word = new BooleanQuery();
            foreach (var (field, boost) in new[] { (HeadingField, 2.5f), (TitleField, 1.5f), (TextField, 1f) })
            {
                word.Add(new TermQuery(new Term(field, words[i])) { Boost = boost }, Occur.SHOULD);
                if (words[i].Length >= 5)
                {
                    // The first letter must match: typos rarely start there, and it keeps the fuzzy expansion small.
                    word.Add(new FuzzyQuery(new Term(field, words[i]), maxEdits: 1, prefixLength: 1) { Boost = boost * 0.3f }, Occur.SHOULD);
                }

                if (i == words.Count - 1 && words[i].Length >= 3)
                {
                    word.Add(new PrefixQuery(new Term(field, words[i])) { Boost = boost * 0.5f }, Occur.SHOULD);
                }
            }

            all.Add(word, Occur.SHOULD);
        }

        var query = new BooleanQuery { { all, Occur.MUST } };
        for (var i = 0; i < words.Count - 1; i++)
        {
            var pair = new PhraseQuery { Boost = 2f };
            pair.Add(new Term(TextField, words[i]), 0);
            pair.Add(new Term(TextField, words[i + 1]), 1);
            query.Add(pair, Occur.SHOULD);
        }

        return query;
    }

    private static Document Document(string title, string heading, string text, string url) =>
    [
        new TextField(TitleField, title, Field.Store.YES),
        new TextField(HeadingField, heading, Field.Store.YES),
        new TextField(TextField, text, Field.Store.YES),
        new StoredField(UrlField, url),
    ];

    [GeneratedRegex(@"^[\s;,.:]+")]
    private static partial Regex LeadingSeparator();
}
