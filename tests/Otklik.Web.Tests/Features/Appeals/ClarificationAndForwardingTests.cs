using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class ClarificationAndForwardingTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task PlannedCall_OutsideWorkingHours_IsRefused_WithinThemIsSaved()
    {
        var (id, executor) = await InProgressAsync();
        var calendar = ProductionCalendar.Shipped;
        var today = TimeZones.Today(TimeProvider.System, "Europe/Moscow");
        var workday = calendar.AddWorkingDays(today, 1);
        var dayOff = Enumerable.Range(1, 14).Select(today.AddDays).First(d => !calendar.IsWorkingDay(d));

        var evening = await PlanAsync(executor, id, workday, "20:00");
        var weekend = await PlanAsync(executor, id, dayOff, "10:00");
        var lunch = await PlanAsync(executor, id, workday, "13:30");
        var fine = await PlanAsync(executor, id, workday, "10:30");
        var made = await executor.PostFormAsync($"/appeals/{id}/contacts",
            [
                new("planned", "false"), new("channel", "phone"), new("outcome", "not-reached"),
                new("date", Iso(today.AddDays(-1))), new("time", "11:00"), new("note", "Не взяли трубку"),
            ]);
        var page = FormClient.Decode(await executor.GetStringAsync($"/appeals/{id}/contacts"));
        var stranger = await (await _steps.SignedInAsync("executor-family")).GetAsync($"/appeals/{id}/contacts");

        Assert.Equal(HttpStatusCode.BadRequest, evening.StatusCode);
        Assert.Contains("только в рабочее время", Text(evening), StringComparison.Ordinal);
        Assert.Contains("нерабочий день", Text(weekend), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lunch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Contains("запланирован звонок", page, StringComparison.Ordinal);
        Assert.Matches(@"не удалось связаться\s*— Не взяли трубку", page);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.EntityId == AppealSteps.Str(id)
                && (a.Action == "appeal.call_planned" || a.Action == "appeal.contact_logged"))));
    }

    [Fact]
    public async Task Forwarding_ToAnAgencyFromTheDirectory_TellsTheClientWhereInPlainWords()
    {
        var (id, executor) = await InProgressAsync();
        var agency = await factory.WithDbAsync(db => db.Agencies.FirstAsync(a => a.Name.StartsWith("Государственная")));

        var nothing = await _steps.ActAsync(executor, id, AppealAction.Forward);
        await _steps.ActOrFailAsync(executor, id, AppealAction.Forward, ("AgencyId", AppealSteps.Str(agency.Id)));
        var appeal = await _steps.LoadAsync(id);
        var notice = await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .FirstAsync(n => n.AppealId == id && n.Kind == "forwarding"));

        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal(AppealStatus.Forwarded, appeal.Status);
        Assert.Equal(agency.Plain(), appeal.Outcome);
        Assert.Contains("Государственная инспекция труда в Ставропольском крае, 355035, г. Ставрополь, ул. Ленина, 384",
            notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyDirectory_IsKeptByAdministrators()
    {
        var admin = await _steps.SignedInAsync("admin");
        var name = "Управление Роспотребнадзора " + Guid.NewGuid().ToString("N")[..6];

        var added = await admin.PostFormAsync("/agencies",
            [new("name", name), new("handles", "качество товаров и услуг"), new("isActive", "true")]);
        var refused = await (await _steps.SignedInAsync("operator1")).PostFormAsync("/agencies",
            [new("name", "Чужой орган"), new("isActive", "true")]);
        var list = FormClient.Decode(await (await _steps.SignedInAsync("executor-family")).GetStringAsync("/agencies"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.DoesNotContain("Чужой орган", list, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "agency.created")));
    }

    private async Task<(int Id, HttpClient Executor)> InProgressAsync()
    {
        var id = await _steps.NewAppealAsync("Работодатель не платит зарплату третий месяц.");
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = await _steps.SignedInAsync("executor-appeals");
        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        await _steps.ActOrFailAsync(executor, id, AppealAction.Start);
        return (id, executor);
    }

    private static Task<HttpResponseMessage> PlanAsync(HttpClient client, int id, DateOnly date, string time) =>
        client.PostFormAsync($"/appeals/{id}/contacts",
            [new("planned", "true"), new("channel", "phone"), new("date", Iso(date)), new("time", time)]);

    private static string Text(HttpResponseMessage response) =>
        FormClient.Decode(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
