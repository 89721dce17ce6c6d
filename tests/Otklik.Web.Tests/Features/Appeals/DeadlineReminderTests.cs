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

    [Fact]
    public async Task FinishedAppeal_ClosesByItselfTenWorkingDaysLater_OnceEvenWithTwoNodes()
    {
        var old = await AnsweredAsync();
        var fresh = await AnsweredAsync();
        var aged = DateTimeOffset.UtcNow.AddDays(-20);
        await factory.WithDbAsync(db => db.Set<AppealEvent>().Where(e => e.AppealId == old)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.At, aged)));

        await Task.WhenAll(AutoCloseAsync(), AutoCloseAsync());
        await AutoCloseAsync();
        var closed = await _steps.LoadAsync(old);
        var events = await factory.WithDbAsync(db => db.Set<AppealEvent>().AsNoTracking()
            .Where(e => e.AppealId == old && e.Status == AppealStatus.Closed).ToListAsync());
        var audited = await factory.WithDbAsync(db => db.AuditEntries
            .CountAsync(a => a.Action == "appeal.closed" && a.EntityId == old.ToString()));

        Assert.Equal(AppealStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal("Закрыто автоматически: прошло 10 рабочих дней после завершения рассмотрения.",
            Assert.Single(events).Note);
        Assert.Equal(1, audited);
        Assert.Equal(AppealStatus.Answered, (await _steps.LoadAsync(fresh)).Status);
    }

    private async Task<int> AnsweredAsync()
    {
        var id = await TriagedWithDueAsync(AppealSteps.Today().AddDays(20));
        var executor = await _steps.SignedInAsync("executor-appeals");
        await _steps.ActOrFailAsync(executor, id, AppealAction.Start);
        await _steps.ActOrFailAsync(executor, id, AppealAction.Answer,
            ("AnswerText", "Выплата назначена с первого числа следующего месяца."));
        return id;
    }

    private async Task<int> AutoCloseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppealAutoClose>().RunAsync();
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
