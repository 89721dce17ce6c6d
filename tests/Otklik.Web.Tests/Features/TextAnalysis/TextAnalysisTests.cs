using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.TextAnalysis;

[Trait("Category", "Integration")]
public sealed class TextAnalysisTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Abuse_DisguisedObscenityAndInsult_ReturnsFindingsWithPositions()
    {
        const string text = "Вы там все идиоты, бл*ть, когда выплатите?";

        var response = await Client(StartupSeeder.DemoToken).PostAsJsonAsync("/api/v1/text/abuse", new { text });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        var findings = result.GetProperty("findings").EnumerateArray().ToList();
        Assert.True(result.GetProperty("abusive").GetBoolean());
        Assert.Contains(findings, f => f.GetProperty("category").GetString() == "insult"
            && f.GetProperty("fragment").GetString() == "идиоты");
        var obscene = Assert.Single(findings, f => f.GetProperty("category").GetString() == "obscene");
        Assert.Equal(text.IndexOf("бл*ть", StringComparison.Ordinal), obscene.GetProperty("start").GetInt32());
        Assert.Equal(5, obscene.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task PlainLanguage_RefusalWithBareReference_ReturnsErrorFinding()
    {
        var response = await Client(StartupSeeder.DemoToken).PostAsJsonAsync("/api/v1/text/plain-language",
            new
            {
                text = "В назначении выплаты отказано " +
                    "на основании п. 7 постановления № 509-п.",
                refusal = true,
            });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(result.GetProperty("score").GetDouble(), 0, 100);
        Assert.Contains(result.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "legal-reference"
                && f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Abuse_EmptyText_Returns400InRussian()
    {
        var response = await Client(StartupSeeder.DemoToken).PostAsJsonAsync("/api/v1/text/abuse", new { text = " " });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text.empty", problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Abuse_TokenWithoutScope_Returns403()
    {
        string token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .IssueAsync("Только справочник", [ApiScopes.OrganisationRead], null)).Value!.Token;
        }

        var response = await Client(token).PostAsJsonAsync("/api/v1/text/abuse",
            new { text = "Добрый день" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_PostedText_IsHighlightedAndHtmlEncoded()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("executor-appeals");

        var response = await client.PostFormAsync("/text",
            [new("Text", "<script>alert(1)</script> Вы дармоеды и идиоты")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"mark-abuse\"", html, StringComparison.Ordinal);
    }

    private HttpClient Client(string token) => factory.CreateApiClient(token);
}
