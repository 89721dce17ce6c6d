using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class AppealWorkflowTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Triage_UrgentDeadlineBeyondFiveWorkingDays_IsRefused_AndTheCapIsAccepted()
    {
        var id = await _steps.NewAppealAsync("Нам отключили отопление, дома маленький ребёнок.");
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = await _steps.EmployeeIdAsync("executor-appeals");
        var cap = AppealSteps.UrgentCap((await _steps.LoadAsync(id)).RegisteredOn);

        var late = await _steps.ActAsync(head, id, AppealAction.Triage,
            ("Urgent", "true"), ("ExecutorId", AppealSteps.Str(executor)), ("DueOn", AppealSteps.Iso(cap.AddDays(1))));
        var latePage = FormClient.Decode(await late.Content.ReadAsStringAsync());
        var ok = await _steps.ActAsync(head, id, AppealAction.Triage,
            ("Urgent", "true"), ("ExecutorId", AppealSteps.Str(executor)), ("DueOn", AppealSteps.Iso(cap)));
        var appeal = await _steps.LoadAsync(id);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains($"не позднее {cap:dd.MM.yyyy}", latePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(AppealStatus.Triaged, appeal.Status);
        Assert.True(appeal.IsUrgent);
        Assert.Equal(cap, appeal.DueOn);
        Assert.Equal(executor, appeal.ExecutorId);
    }

    [Fact]
    public async Task Triage_NotUrgentAgainstTheSuggestion_NeedsAReason()
    {
        var id = await _steps.NewAppealAsync("Нечего есть, нет денег на продукты, прошу помочь.");
        var head = await _steps.SignedInAsync("head-appeals");

        var response = await _steps.ActAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        var page = FormClient.Decode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Укажите основание решения", page, StringComparison.Ordinal);
        Assert.Equal(AppealStatus.Registered, (await _steps.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Triage_ByAnExecutor_IsRefused()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var executor = await _steps.SignedInAsync("executor-appeals");

        var response = await _steps.ActAsync(executor, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AppealStatus.Registered, (await _steps.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Lifecycle_TriageStartAnswerClose_RecordsHistoryAuditAndNotices()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.", ["epgu"]);
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = await _steps.SignedInAsync("executor-appeals");

        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        await _steps.ActOrFailAsync(executor, id, AppealAction.Start);
        await _steps.ActOrFailAsync(executor, id, AppealAction.Answer,
            ("AnswerText", "Уважаемая заявительница!\nРазъяснён порядок выплаты."));
        await _steps.ActOrFailAsync(head, id, AppealAction.Close);
        var appeal = await _steps.LoadAsync(id);
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Appeal" && a.EntityId == AppealSteps.Str(id))
            .Select(a => a.Action).ToListAsync());
        var notices = await factory.WithDbAsync(db => db.AppealNotices.Where(n => n.AppealId == id).ToListAsync());
        var card = FormClient.Decode(await head.GetStringAsync($"/appeals/{id}"));

        Assert.Equal(AppealStatus.Closed, appeal.Status);
        Assert.NotNull(appeal.ClosedAt);
        Assert.Equal(["registered", "triaged", "started", "answered", "closed"],
            appeal.Events.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.Equal(["appeal.registered", "appeal.triaged", "appeal.started", "appeal.answered", "appeal.closed"],
            audit);
        Assert.Equal(5, notices.Count(n => n.Channel == "epgu"));
        Assert.Equal(5, notices.Count(n => n.Channel == "email"));
        Assert.Contains("Разъяснён порядок выплаты.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IllegalTransition_IsRefusedWithAClearMessage()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");

        var response = await head.PostFormAsync($"/appeals/{id}",
            [new("Action", "Close"), new("Revision", "0")]);
        var page = FormClient.Decode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("недоступно: обращение в статусе «Зарегистрировано»", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleRevision_IsRefused_SoThatTwoDecisionsNeverCross()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"));

        await _steps.ActOrFailAsync(head, id, AppealAction.Triage, ("ExecutorId", executor));
        var stale = await head.PostFormAsync($"/appeals/{id}",
            [new("Action", "Extend"), new("Revision", "0"), new("Days", "10"), new("Reason", "Запрос в ПФР")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("изменил другой сотрудник", FormClient.Decode(await stale.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoExecutorFromAnotherDepartment_SeesTheAppeal_AndAThirdDepartmentDoesNot()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");

        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))),
            ("CoExecutorIds", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-rehab"))));
        var coExecutor = await _steps.SignedInAsync("executor-rehab");
        var card = await coExecutor.GetAsync($"/appeals/{id}");
        var mine = FormClient.Decode(await coExecutor.GetStringAsync("/appeals/mine"));
        var stranger = await (await _steps.SignedInAsync("executor-family")).GetAsync($"/appeals/{id}");

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Contains($"/appeals/{id}\"", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task NotConsidered_OnlyAfterTheHeadFoundAbuse_AndTheNoticeIsDueInTenWorkingDays()
    {
        var clean = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var abusive = await _steps.NewAppealAsync("Вы все идиоты и бездельники, верните деньги.");
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"));

        await _steps.ActOrFailAsync(head, clean, AppealAction.Triage, ("ExecutorId", executor));
        var refused = await _steps.ActAsync(head, clean, AppealAction.NotConsider, ("Reason", "Оскорбления"));
        await _steps.ActOrFailAsync(head, abusive, AppealAction.Triage, ("Abusive", "true"), ("Reason", "Оскорбления"));
        await _steps.ActOrFailAsync(head, abusive, AppealAction.NotConsider,
            ("Reason", "Оскорбления в адрес сотрудников"));
        var appeal = await _steps.LoadAsync(abusive);
        var notice = await factory.WithDbAsync(db => db.AppealNotices
            .Where(n => n.AppealId == abusive).OrderBy(n => n.Id).Select(n => n.Body).ToListAsync());

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(AppealStatus.NotConsidered, appeal.Status);
        Assert.Equal(AppealSteps.Calendar().AddWorkingDays(appeal.RegisteredOn, 10), appeal.DueOn);
        Assert.Contains("злоупотребление правом на обращение недопустимо", notice[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_IsAllowedOnce_AndMovesTheLegalDeadline()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");
        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        var before = (await _steps.LoadAsync(id)).AnswerDueOn;

        await _steps.ActOrFailAsync(head, id, AppealAction.Extend, ("Days", "30"), ("Reason", "Запрос в другой орган"));
        var again = await _steps.ActAsync(head, id, AppealAction.Extend, ("Days", "5"), ("Reason", "Ещё"));
        var appeal = await _steps.LoadAsync(id);

        Assert.True(appeal.AnswerDueOn >= before.AddDays(30));
        Assert.Equal(30, appeal.ExtensionDays);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Redirect_PutsTheAppealInTheOtherHeadsQueue()
    {
        var id = await _steps.NewAppealAsync("Прошу выдать технические средства реабилитации.");
        var head = await _steps.SignedInAsync("head-appeals");
        var rehab = await factory.WithDbAsync(db => db.Departments
            .Where(d => d.Name.StartsWith("Отдел реабилитации")).Select(d => d.Id).FirstAsync());

        await _steps.ActOrFailAsync(head, id, AppealAction.Redirect, ("DepartmentId", AppealSteps.Str(rehab)));
        var rehabHead = await _steps.SignedInAsync("head-rehab");
        var queue = FormClient.Decode(await rehabHead.GetStringAsync("/appeals/triage"));
        var ownQueue = FormClient.Decode(await head.GetStringAsync("/appeals/triage"));

        Assert.Contains($"/appeals/{id}\"", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/appeals/{id}\"", ownQueue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_ShowsOverdueAndDueToday_AndTheExecutorSeesTheCountdown()
    {
        var overdue = await _steps.NewAppealAsync("Прошу разъяснить порядок получения выплаты.");
        var head = await _steps.SignedInAsync("head-appeals");
        await _steps.ActOrFailAsync(head, overdue, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        await factory.WithDbAsync(async db =>
        {
            var appeal = await db.Appeals.FirstAsync(a => a.Id == overdue);
            appeal.DueOn = appeal.RegisteredOn.AddDays(-20);
            return await db.SaveChangesAsync();
        });

        var board = FormClient.Decode(await head.GetStringAsync("/appeals/board"));
        var executor = await _steps.SignedInAsync("executor-appeals");
        var mine = FormClient.Decode(await executor.GetStringAsync("/appeals/mine"));
        var start = board.IndexOf("data-testid=\"overdue\"", StringComparison.Ordinal);
        var overdueTable = board[start..board.IndexOf("data-testid=\"due-today\"", StringComparison.Ordinal)];

        Assert.Contains($"/appeals/{overdue}\"", overdueTable, StringComparison.Ordinal);
        Assert.Contains("просрочено на", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrgencySuggestion_NamesProfileFactsAndARepeatAppeal()
    {
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";
        const string text = "Третий месяц не приходит ежемесячная выплата на ребёнка, " +
            "прошу проверить начисление выплаты.";
        await _steps.NewAppealAsync(text, email: email);
        var id = await _steps.NewAppealAsync(text + " Повторно.", email: email);
        await factory.WithDbAsync(async db =>
        {
            var client = await db.Clients.FirstAsync(c => c.Email == email);
            client.ProfileFacts = ["large-family"];
            return await db.SaveChangesAsync();
        });

        var head = await _steps.SignedInAsync("head-appeals");
        var card = FormClient.Decode(await head.GetStringAsync($"/appeals/{id}"));

        Assert.Contains("заявитель — многодетная семья", card, StringComparison.Ordinal);
        Assert.Contains("повторное обращение по той же теме", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffRegistration_PaperWithTheOriginalDate_IsRegisteredWithTheLateNote()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var text = $"Письмо на бумаге {Guid.NewGuid():N}";
        var received = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);

        var response = await operatorClient.PostFormAsync("/appeals/new",
        [
            new("Channel", "Paper"), new("Kind", "Complaint"), new("ReceivedOn", AppealSteps.Iso(received)),
            new("ClientKind", "Person"), new("Name", "Зайцева Мария"),
            new("PostalAddress", "г. Краснодар, ул. Мира, 1"),
            new("Text", text), new("NotifyBy", "post"),
        ]);
        var appeal = await factory.WithDbAsync(db => db.Appeals.Include(a => a.Events).FirstAsync(a => a.Text == text));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IntakeChannel.Paper, appeal.IntakeChannel);
        Assert.Equal(AppealKind.Complaint, appeal.Kind);
        Assert.Equal(received, appeal.ReceivedOn);
        Assert.Contains("срок регистрации (3 дня с поступления) нарушен", appeal.Events[0].Note,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffRegistration_FutureDateOrNoDate_GetsARussianMessage()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);

        var withFuture = FormClient.Decode(await (await operatorClient.PostFormAsync("/appeals/new",
        [
            new("Channel", "Phone"), new("Kind", "Letter"), new("ReceivedOn", AppealSteps.Iso(future)),
            new("Name", "Иванов"), new("Email", "ivanov@example.ru"), new("Text", "Вопрос"), new("NotifyBy", "email"),
        ])).Content.ReadAsStringAsync());
        var withoutDate = FormClient.Decode(await (await operatorClient.PostFormAsync("/appeals/new",
        [
            new("Channel", "Phone"), new("Name", "Иванов"), new("Email", "ivanov@example.ru"), new("Text", "Вопрос"),
            new("NotifyBy", "email"),
        ])).Content.ReadAsStringAsync());

        Assert.Contains("Дата поступления не может быть в будущем.", withFuture, StringComparison.Ordinal);
        Assert.Contains("Укажите дату поступления", withoutDate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationQueue_AcceptedMailWaitsWithItsDeadline_AndIsRegisteredOnce()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var name = $"Очередь {Guid.NewGuid():N}"[..20];
        var received = AppealSteps.Today().AddDays(-1);

        var accepted = await operatorClient.PostFormAsync("/appeals/new",
        [
            new("Channel", "Paper"), new("Kind", "Letter"), new("ReceivedOn", AppealSteps.Iso(received)),
            new("Name", name), new("PostalAddress", "г. Сочи, ул. Морская, 5"), new("Text", "Письмо из почты"),
            new("NotifyBy", "post"), new("Defer", "true"),
        ]);
        var queue = FormClient.Decode(await operatorClient.GetStringAsync("/appeals/queue"));
        var itemId = await factory.WithDbAsync(db => db.ReceivedItems.Select(r => r.Id).MaxAsync());
        var register = await operatorClient.PostFormAsync("/appeals/queue", [],
            $"/appeals/queue?handler=Register&id={itemId}");
        var again = await operatorClient.PostFormAsync("/appeals/queue", [],
            $"/appeals/queue?handler=Register&id={itemId}");
        var appeals = await factory.WithDbAsync(db => db.Appeals.Include(a => a.Client)
            .Where(a => a.Client!.Name == name).ToListAsync());

        Assert.Equal("/appeals/queue", accepted.Headers.Location!.OriginalString);
        Assert.Contains(name, queue, StringComparison.Ordinal);
        var registerBy = new Otklik.Calendar.DeadlineEngine(AppealSteps.Calendar())
            .Compute(Otklik.Calendar.DeadlinePolicies.Registration, received).Date;
        Assert.Contains(registerBy.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), queue,
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(received, Assert.Single(appeals).ReceivedOn);
        Assert.False(await factory.WithDbAsync(db => db.ReceivedItems.AnyAsync(r => r.Id == itemId)));
    }

    [Fact]
    public async Task PortalForm_KindChosenByTheCitizen_IsStored()
    {
        var client = factory.CreateBrowserLikeClient();
        var text = $"Жалоба на отказ {Guid.NewGuid():N}";

        await client.PostFormAsync("/appeal",
        [
            new("Kind", "Complaint"), new("ClientKind", "Person"), new("Name", "Петрова Ирина"),
            new("Email", "petrova@example.ru"), new("Text", text), new("NotifyBy", "email"),
        ]);

        Assert.Equal(AppealKind.Complaint,
            await factory.WithDbAsync(db => db.Appeals.Where(a => a.Text == text).Select(a => a.Kind).FirstAsync()));
    }
}
