using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Calendar;

[Trait("Category", "Integration")]
public sealed class CalendarPagesTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task CalendarPage_AnyStaff_ShowsYearAndDeadlinePreview()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("executor-appeals");

        var html = FormClient.Decode(await client.GetStringAsync("/calendar?year=2026&policy=answer&event=2026-02-06"));

        Assert.Contains("Производственный календарь на 2026 год", html);
        Assert.Contains("data-testid=\"working-days\">247<", html);
        Assert.Contains("Срок истекает 10 марта 2026 г.", html);
        Assert.Contains("9 января — перенос выходного с 3 января", html);
    }

    [Fact]
    public async Task SetDay_Administrator_ChangesApiAnswersAndIsAudited()
    {
        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInOrFailAsync("admin");

        var saved = await admin.PostFormAsync("/calendar/manage",
            [
                new("Date", "2029-07-16"), new("Working", "false"),
                new("Note", "дополнительный выходной"), new("Reason", "Указ № 1"),
            ],
            "/calendar/manage?handler=Day");
        var day = await Api().GetFromJsonAsync<JsonElement>("/api/v1/calendar/add-working-days?from=2029-07-13&days=1");
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "calendar.day_set"
            && a.EntityId == "2029-07-16" && a.Reason == "Указ № 1"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2029-07-17", day.GetProperty("date").GetString());
        Assert.True(audited);
    }

    [Fact]
    public async Task UploadYear_XmlCalendarFile_ReplacesShippedYear()
    {
        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInOrFailAsync("admin");
        const string xml = "<calendar year=\"2031\"><days>" +
            "<day d=\"01.09\" t=\"1\" f=\"01.04\"/><day d=\"02.22\" t=\"3\"/></days></calendar>";

        var page = await admin.GetStringAsync("/calendar/manage");
        var token = System.Text.RegularExpressions.Regex.Match(page,
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Постановление № 1 (проверка)"), "Source" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml");
        form.Add(file, "File", "2031.xml");
        var response = await admin.PostAsync("/calendar/manage?handler=Upload", form);
        var year = await Api().GetFromJsonAsync<JsonElement>("/api/v1/calendar/2031");

        var days = year.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Equal("Постановление № 1 (проверка)", year.GetProperty("source").GetString());
        Assert.False(days.Single(d => d.GetProperty("date").GetString() == "2031-01-09")
            .GetProperty("working").GetBoolean());
        Assert.True(days.Single(d => d.GetProperty("date").GetString() == "2031-02-22")
            .GetProperty("working").GetBoolean());
    }

    [Fact]
    public async Task Manage_Executor_IsRefused()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("executor-rehab");

        var response = await client.GetAsync("/calendar/manage");

        Assert.Contains("access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-10-01", true)]
    [InlineData("2027-09-30", false)]
    [InlineData("2026-10-01", false)]
    public void MissingNextYear_FromOctoberWithoutDecree_IsReported(string today, bool reported)
    {
        var notice = CalendarNotices.MissingNextYear(ProductionCalendar.Shipped, DateOnly.Parse(today));

        Assert.Equal(reported, notice is not null);
    }

    private HttpClient Api() => factory.CreateApiClient(StartupSeeder.DemoToken);
}
