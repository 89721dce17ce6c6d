using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class DeadlineReminderTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task DueToday_RemindsExecutorAndHeadOnce_EvenWhenTwoNodesRunAtOnceAndAgainLater()
    {
        var id = await TriagedWithDueAsync(AppealSteps.Today());

        await Task.WhenAll(RunAsync(), RunAsync());
        await RunAsync();
        var reminders = await RemindersAsync(id);
        var executor = await _steps.EmployeeIdAsync("executor-appeals");
        var head = await _steps.EmployeeIdAsync("head-appeals");

        var number = (await _steps.LoadAsync(id)).RegistrationNumber;
        var mails = await factory.WithDbAsync(db => db.StaffMessages.AsNoTracking()
            .Where(m => m.Link == $"/appeals/{id}").ToListAsync());

        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("due-today", r.Kind));
        Assert.Equal(new[] { executor, head }.Order(), reminders.Select(r => r.EmployeeId).Order());
        Assert.Equal(new[] { executor, head }.Order(), mails.Select(m => m.EmployeeId).Order());
        Assert.All(mails, m => Assert.Equal($"обращение № {number}", m.Topic));
    }

    [Fact]
    public async Task DueSoon_RemindsTheExecutorOnly_AndOverdueEscalatesToTheHead()
    {
        var soon = await TriagedWithDueAsync(AppealSteps.Calendar().AddWorkingDays(AppealSteps.Today(), 1));
        var late = await TriagedWithDueAsync(AppealSteps.Today().AddDays(-10));

        await RunAsync();
        var soonReminders = await RemindersAsync(soon);
        var lateReminders = await RemindersAsync(late);

        Assert.Equal(["due-soon"], soonReminders.Select(r => r.Kind));
        Assert.Equal(2, lateReminders.Count(r => r.Kind == "overdue"));
    }

    [Fact]
    public async Task UntriagedAfterAWorkingDay_RemindsTheHead_AndTheStaffHomeShowsIt()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        await factory.WithDbAsync(async db =>
        {
            var appeal = await db.Appeals.FirstAsync(a => a.Id == id);
            appeal.RegisteredOn = AppealSteps.Calendar().AddWorkingDays(AppealSteps.Today(), -2);
            return await db.SaveChangesAsync();
        });

        await RunAsync();
        var head = await _steps.SignedInAsync("head-appeals");
        var home = FormClient.Decode(await head.GetStringAsync("/staff"));
        var list = FormClient.Decode(await head.GetStringAsync("/appeals/reminders"));

        Assert.Equal(["triage-waiting"], (await RemindersAsync(id)).Select(r => r.Kind));
        Assert.Contains("data-testid=\"unread-reminders\"", home, StringComparison.Ordinal);
        Assert.Contains($"/appeals/{id}\"", list, StringComparison.Ordinal);
    }

    private async Task<int> TriagedWithDueAsync(DateOnly due)
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");
        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        await factory.WithDbAsync(async db =>
        {
            var appeal = await db.Appeals.FirstAsync(a => a.Id == id);
            appeal.DueOn = due;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task<int> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync();
    }

    private Task<List<StaffReminder>> RemindersAsync(int appealId) =>
        factory.WithDbAsync(db => db.StaffReminders.Where(r => r.AppealId == appealId).ToListAsync());
}
