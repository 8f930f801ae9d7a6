using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Search;

/// <summary>Questions a reader would ask, on the bundled articles: the section that answers lands in the first three results.</summary>
public sealed class SearchRelevanceTests : IClassFixture<RealContentFactory>
{
    private readonly HttpClient _client;

    public SearchRelevanceTests(RealContentFactory factory) => _client = factory.CreateClient();

    private async Task<List<string>> TopResultsAsync(string query, int count = 3)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll(".result h2 a").Take(count).Select(a => a.GetAttribute("href")!)];
    }

    [Theory]
    [InlineData("salary", "/articles/salary")]
    [InlineData("python", "/articles/skills-and-tools")]
    [InlineData("data scientist", "/articles/ml-engineer-vs-data-scientist")]
    [InlineData("LLM", "/articles/llms-and-generative-ai")]
    [InlineData("generative AI", "/articles/llms-and-generative-ai")]
    [InlineData("interview", "/articles/ml-engineer-interviews")]
    [InlineData("similar occupations", "/articles/similar-occupations")]
    public async Task KeyWord_PutsItsArticleFirst_OrInTheFirstThree(string query, string article)
    {
        var results = await TopResultsAsync(query);

        Assert.Contains(results, r => r == article || r.StartsWith(article + "#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Salary_PutsThePayPageFirst()
    {
        Assert.StartsWith("/articles/salary", (await TopResultsAsync("salary"))[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much do ML engineers earn in San Francisco", "/articles/faq#what-do-ml-engineers-earn", "/articles/salary#location")]
    [InlineData("which programming languages should I learn", "/articles/skills-and-tools#programming-languages", "/articles/faq#which-programming-language-should-i-learn-first")]
    [InlineData("do I need a master's degree", "/articles/faq#do-i-need-a-masters-degree", "/articles/how-to-become-one#degrees")]
    [InlineData("median pay", "/articles/salary#pay-in-the-bls-occupation", "/articles/faq#what-do-ml-engineers-earn")]
    [InlineData("difference between a data scientist and an ML engineer", "/articles/ml-engineer-vs-data-scientist", "/articles/faq#how-is-it-different-from-data-science")]
    [InlineData("job outlook growth", "/articles/salary#jobs-and-outlook", "/articles/job-outlook")]
    [InlineData("can I become one without a degree", "/articles/how-to-become-one#without-a-degree", "/articles/faq#can-i-get-in-without-a-degree")]
    [InlineData("is the job stressful", "/articles/faq#is-it-stressful", "/articles/why-choose-this-career#stress")]
    [InlineData("industries that hire ML engineers", "/articles/work-environment#industries-that-hire-ml-engineers", "/articles/faq#which-industries-hire-ml-engineers")]
    [InlineData("how do I evaluate an LLM application", "/articles/llms-and-generative-ai#evaluation", "/articles/what-ml-engineers-do#working-with-large-language-models")]
    [InlineData("what does being on call involve", "/articles/work-environment#on-call-duty", "/articles/work-environment#what-to-ask-about-on-call")]
    [InlineData("what is MLOps", "/articles/what-ml-engineers-do#mlops", "/articles/what-ml-engineers-do#from-data-to-deployment")]
    public async Task NaturalQuestion_LandsOnTheSectionThatAnswersIt(string question, string answer, string alsoAnswers)
    {
        var results = await TopResultsAsync(question);

        Assert.True(results.Contains(answer) || results.Contains(alsoAnswers), $"'{question}' gave {string.Join(", ", results)}");
    }

    [Theory]
    [InlineData("engineers", "engineer")]
    [InlineData("salaries", "salary")]
    [InlineData("pyton", "python")]
    [InlineData("statistic", "statistics")]
    [InlineData("certif", "certificates")]
    public async Task StemsTyposAndPrefixes_FindTheSameAsTheWord(string forgiving, string exact)
    {
        var results = await TopResultsAsync(forgiving, count: 10);
        var expected = await TopResultsAsync(exact, count: 1);

        Assert.NotEmpty(expected);
        Assert.Contains(expected[0], results);
    }
}
