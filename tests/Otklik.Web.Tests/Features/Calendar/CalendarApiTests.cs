using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Calendar;

[Trait("Category", "Integration")]
public sealed class CalendarApiTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Year_Decreed_ReturnsEveryDayWithNotes()
    {
        var year = await Client().GetFromJsonAsync<JsonElement>("/api/v1/calendar/2026");

        var days = year.GetProperty("days").EnumerateArray().ToList();
        var january9 = days.Single(d => d.GetProperty("date").GetString() == "2026-01-09");
        Assert.Equal(365, days.Count);
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Equal(247, days.Count(d => d.GetProperty("working").GetBoolean()));
        Assert.False(january9.GetProperty("working").GetBoolean());
        Assert.Equal("перенос выходного с 3 января", january9.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Year_WithoutDecree_IsMarkedProvisional()
    {
        var year = await Client().GetFromJsonAsync<JsonElement>("/api/v1/calendar/2035");

        Assert.True(year.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task AddWorkingDays_FromBeforeMayHolidays_SkipsThem()
    {
        var result = await Client().GetFromJsonAsync<JsonElement>(
            "/api/v1/calendar/add-working-days?from=2026-04-28&days=5");

        Assert.Equal("2026-04-28", result.GetProperty("from").GetString());
        Assert.Equal(5, result.GetProperty("days").GetInt32());
        Assert.Equal("2026-05-06", result.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/1800", "calendar.year_out_of_range")]
    [InlineData("/api/v1/calendar/abc", "calendar.year_out_of_range")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-04-28&days=-1", "calendar.days_invalid")]
    [InlineData("/api/v1/calendar/add-working-days?from=28.04.2026&days=5", "calendar.date_invalid")]
    [InlineData("/api/v1/calendar/add-working-days?days=5", "calendar.date_invalid")]
    [InlineData("/api/v1/deadlines/preview?policy=nope&event=2026-04-28", "deadline.policy_unknown")]
    [InlineData("/api/v1/deadlines/preview?policy=answer&event=2026-13-01", "calendar.date_invalid")]
    public async Task InvalidInput_Returns400ProblemInRussian(string url, string code)
    {
        var response = await Client().GetAsync(url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.GetProperty("errorCode").GetString());
        Assert.Matches("[а-яА-Я]", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task DeadlinePreview_UrgentAcrossNewYear_ReturnsDateAndExplanation()
    {
        var result = await Client().GetFromJsonAsync<JsonElement>(
            "/api/v1/deadlines/preview?policy=urgent-answer&event=2025-12-30");

        var explanation = string.Join(" ",
            result.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2026-01-16", result.GetProperty("date").GetString());
        Assert.Contains("1–8 января — нерабочие праздничные дни; " +
            "9 января — перенос выходного с 3 января", explanation,
            StringComparison.Ordinal);
    }

    private HttpClient Client() => factory.CreateApiClient(StartupSeeder.DemoToken);
}
