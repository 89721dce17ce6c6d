using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Surveys;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Features.Knowledge;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Surveys;

[Trait("Category", "Integration")]
public sealed partial class AnswerAndSurveyTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Answer_FromATemplate_IsSentOnEveryChannel_WithItsOwnSurveyLink_AndAsALetter()
    {
        var (id, executor) = await InProgressAsync(["epgu", "email"]);
        var template = await TemplateAsync(executor, "Уважаемый(ая) {ФИО}! По обращению № {номер} сообщаем: " +
            "пособие назначено. Вопросы — по телефону {телефон отдела}.");

        var filled = FormClient.Decode(await (await executor.PostFormAsync($"/appeals/{id}/answer",
            [new("templateId", $"{template}"), new("Revision", "0")],
            $"/appeals/{id}/answer?handler=Template")).Content.ReadAsStringAsync());
        var text = AnswerText().Match(filled).Groups[1].Value;
        var sent = await SendAsync(executor, id, text, $"{template}");
        var appeal = await _steps.LoadAsync(id);
        var notices = await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .Where(n => n.AppealId == id && n.Kind == "answer").ToListAsync());
        var letter = await executor.GetAsync($"/appeals/{id}/answer?handler=Letter");

        Assert.Contains("Заявитель Тестовый", text, StringComparison.Ordinal);
        Assert.Contains(appeal.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(AppealStatus.Answered, appeal.Status);
        Assert.Equal(["email", "epgu"], notices.Select(n => n.Channel).Order());
        Assert.All(notices, n => Assert.Contains("пособие назначено", n.Body, StringComparison.Ordinal));
        Assert.Equal(2, notices.Select(n => SurveyLink().Match(n.Body).Value)
            .Where(v => v.Length > 0).Distinct().Count());
        using var docx = WordprocessingDocument.Open(await letter.Content.ReadAsStreamAsync(), false);
        Assert.Contains("пособие назначено", docx.MainDocumentPart!.Document!.Body!.InnerText,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithAnUnfilledField_OrARefusalWithABareReference_IsNotSent()
    {
        var (id, executor) = await InProgressAsync(["email"]);

        var unfilled = await SendAsync(executor, id, "Здравствуйте, {должность}! Пособие назначено.");
        var bareRefusal = await SendAsync(
            executor, id, "В назначении пособия отказано на основании ст. 12.", refusal: true);
        var explained = await SendAsync(executor, id,
            "В назначении пособия отказано: доход семьи выше прожиточного минимума, а пособие платят только " +
            "семьям с меньшим доходом.", refusal: true);

        Assert.Equal(HttpStatusCode.BadRequest, unfilled.StatusCode);
        Assert.Contains("Заполните поля шаблона: {должность}",
            FormClient.Decode(await unfilled.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bareRefusal.StatusCode);
        Assert.Contains("простыми словами", FormClient.Decode(await bareRefusal.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, explained.StatusCode);
        Assert.StartsWith("Отказ:", (await _steps.LoadAsync(id)).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithApprovalOn_TheExecutorSubmits_AndTheHeadSendsTheAnswer()
    {
        using var approving = factory.WithWebHostBuilder(b => b.UseSetting("Otklik:Appeals:AnswerApproval", "true"));
        var steps = new AppealSteps(factory);
        var (id, _) = await InProgressAsync(["email"]);
        var executor = approving.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await executor.SignInOrFailAsync("executor-appeals");
        var head = approving.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await head.SignInOrFailAsync("head-appeals");

        var direct = await steps.ActAsync(executor, id, AppealAction.Answer, ("AnswerText", "Пособие назначено."));
        var submitted = await SendAsync(executor, id, "Пособие назначено с 1 декабря.");
        var afterSubmit = await steps.LoadAsync(id);
        var noticesBefore = await AnswerNoticesAsync(id);
        var headEditor = FormClient.Decode(await head.GetStringAsync($"/appeals/{id}/answer"));
        var sent = await SendAsync(head, id, "Пособие назначено с 1 декабря 2026 года.");
        var answers = await factory.WithDbAsync(db => db.AppealAnswers.AsNoTracking()
            .Where(a => a.AppealId == id).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(AppealStatus.InProgress, afterSubmit.Status);
        Assert.Equal(0, noticesBefore);
        Assert.Contains("Ответ ждёт согласования", headEditor, StringComparison.Ordinal);
        Assert.Contains("Пособие назначено с 1 декабря.", headEditor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(AppealStatus.Answered, (await steps.LoadAsync(id)).Status);
        Assert.Equal(1, await AnswerNoticesAsync(id));
        Assert.Equal(2, answers.Count);
        Assert.Equal(("Пособие назначено с 1 декабря.", true, false),
            (answers[0].Text, answers[0].Superseded, answers[0].AwaitingApproval));
        Assert.Equal(answers[0].ApprovedBy, answers[1].Author);
        Assert.NotEqual(answers[0].Author, answers[1].Author);
        Assert.Equal(("Пособие назначено с 1 декабря 2026 года.", false, false),
            (answers[1].Text, answers[1].Superseded, answers[1].AwaitingApproval));
        Assert.Contains("Пособие назначено с 1 декабря 2026 года.", await AnswerNoticeBodyAsync(id),
            StringComparison.Ordinal);
        Assert.NotNull(await factory.WithDbAsync(db => db.StaffReminders.Where(
            r => r.AppealId == id && r.Kind == "answer-approval").Select(r => r.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task WithApprovalOn_TheHeadReturnsTheAnswerWithRemarks_AndTheExecutorIsToldAndResubmits()
    {
        using var approving = factory.WithWebHostBuilder(b => b.UseSetting("Otklik:Appeals:AnswerApproval", "true"));
        var steps = new AppealSteps(factory);
        var (id, _) = await InProgressAsync(["email"]);
        var executor = approving.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await executor.SignInOrFailAsync("executor-appeals");
        var head = approving.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await head.SignInOrFailAsync("head-appeals");
        var executorId = await steps.EmployeeIdAsync("executor-appeals");
        await SendAsync(executor, id, "Пособие назначено.");

        var noRemarks = await ReturnAsync(head, id, "");
        var byExecutor = await ReturnAsync(executor, id, "Сам себе верну.");
        var returned = await ReturnAsync(head, id, "Укажите, с какого числа назначено пособие.");
        var editor = FormClient.Decode(await executor.GetStringAsync($"/appeals/{id}/answer"));
        var reminder = await ReminderAsync(id, "answer-returned");
        var headAfterReturn = await ReminderAsync(id, "answer-approval");
        var mail = await factory.WithDbAsync(db => db.StaffMessages.AsNoTracking()
            .Where(m => m.EmployeeId == executorId).OrderBy(m => m.Id).LastAsync());
        var resubmitted = await SendAsync(executor, id, "Пособие назначено с 1 декабря.");
        var headReminder = await ReminderAsync(id, "answer-approval");
        var executorAfterResubmit = await ReminderAsync(id, "answer-returned");
        var sent = await SendAsync(head, id, "Пособие назначено с 1 декабря.");
        var answers = await factory.WithDbAsync(db => db.AppealAnswers.AsNoTracking()
            .Where(a => a.AppealId == id).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(HttpStatusCode.BadRequest, noRemarks.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byExecutor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("вернул ответ с замечаниями", editor, StringComparison.Ordinal);
        Assert.Contains("Укажите, с какого числа назначено пособие.", editor, StringComparison.Ordinal);
        Assert.Contains(">Пособие назначено.</textarea>", editor, StringComparison.Ordinal);
        Assert.Equal(executorId, reminder.EmployeeId);
        Assert.Null(reminder.ReadAt);
        Assert.NotNull(headAfterReturn.ReadAt);
        Assert.NotNull(executorAfterResubmit.ReadAt);
        Assert.Contains("возвращён с замечаниями", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("какого числа", mail.Text, StringComparison.Ordinal);
        Assert.Equal($"/appeals/{id}/answer", mail.Link);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Null(headReminder.ReadAt);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(2, answers.Count);
        Assert.Equal("Укажите, с какого числа назначено пособие.", answers[0].ReturnedWith);
        Assert.Equal((false, (string?)null), (answers[1].AwaitingApproval, answers[1].ReturnedWith));
        Assert.Equal((answers[0].Author, false), (answers[1].Author, answers[1].Superseded));
        Assert.NotNull(answers[1].ApprovedBy);
        Assert.Equal(AppealStatus.Answered, (await steps.LoadAsync(id)).Status);
        Assert.Equal(1, await AnswerNoticesAsync(id));
    }

    [Fact]
    public async Task FinalNotice_WithoutASurveyLink_IsRefused()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        await using var scope = factory.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<AppealNotifier>();
        var appeal = await _steps.LoadAsync(id);

        Assert.Throws<InvalidOperationException>(() => notifier.Queue(appeal, "answer", "Ответ", "Текст"));
        Assert.Throws<InvalidOperationException>(() => notifier.QueueTo(appeal, "email", "forwarding", "Т", "Т"));
    }

    [Fact]
    public async Task Survey_IsAnsweredOnceWithoutSignIn_ReachesTheResults_AndTheKnowledgeReview()
    {
        var (id, executor) = await InProgressAsync(["email"]);
        var template = await TemplateAsync(executor, "Пособие назначено с 1 числа месяца.");
        await SendAsync(executor, id, "Пособие назначено с 1 числа месяца.", $"{template}");
        var link = await factory.WithDbAsync(db => db.AppealNotices.Where(n => n.AppealId == id && n.Kind == "answer")
            .Select(n => n.Body).FirstAsync());
        var path = new Uri(SurveyLink().Match(link).Value).AbsolutePath;
        var citizen = factory.CreateBrowserLikeClient();

        var page = FormClient.Decode(await citizen.GetStringAsync(path));
        var answered = await citizen.PostFormAsync(path,
            [
                new("Satisfaction", "2"), new("Clear", "no"), new("Resolved", "partly"),
                new("Comment", "Непонятно, с какого месяца"),
            ]);
        var again = await citizen.GetAsync(path);
        var forged = await citizen.GetAsync(path[..^4] + "AAAA");
        var response = await factory.WithDbAsync(
            db => db.SurveyResponses.AsNoTracking().FirstAsync(r => r.AppealId == id));
        var feedback = await factory.WithDbAsync(db => db.KnowledgeFeedback.AsNoTracking()
            .Where(f => f.ItemId == template).Select(f => f.Source + ": " + f.Text).ToListAsync());
        var results = FormClient.Decode(await (await _steps.SignedInAsync("head-appeals")).GetStringAsync("/surveys"));
        var executorResults = FormClient.Decode(await executor.GetStringAsync("/surveys"));

        Assert.Contains("Решён ли ваш вопрос?", page, StringComparison.Ordinal);
        Assert.Contains("Спасибо!", FormClient.Decode(await answered.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("уже ответили", FormClient.Decode(await again.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(("answer", "email", 2, "no"),
            (response.Touchpoint, response.Channel, response.Satisfaction, response.Clear));
        Assert.NotNull(response.DepartmentId);
        Assert.Contains(feedback, f => f.StartsWith("survey: Опрос после ответа: оценка 2", StringComparison.Ordinal));
        Assert.Contains("Непонятно, с какого месяца", results, StringComparison.Ordinal);
        Assert.Contains("Письменный ответ", results, StringComparison.Ordinal);
        Assert.Contains("видят начальники отделов", executorResults, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarding_SendsAFinalNotice_WithASurveyLink()
    {
        var (id, executor) = await InProgressAsync(["email"]);

        await _steps.ActOrFailAsync(executor, id, AppealAction.Forward,
            ("Outcome", "Отделение Социального фонда по краю, г. Ставрополь, ул. Доваторцев, 16"));
        var notice = await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .FirstAsync(n => n.AppealId == id && n.Kind == "forwarding"));

        Assert.Contains("Отделение Социального фонда", notice.Body, StringComparison.Ordinal);
        Assert.Matches(SurveyLink(), notice.Body);
    }

    [Fact]
    public async Task ContactCentre_GetsASurveyLinkForACall_AndTheResponseCountsForTheHotline()
    {
        var api = factory.CreateApiClient(Otklik.Web.Infrastructure.Seeding.StartupSeeder.DemoToken);
        var department = await factory.WithDbAsync(db => db.Departments.Select(d => d.Id).FirstAsync());

        var created = await api.PostAsJsonAsync("/api/v1/surveys/invitations",
            new { touchpoint = "hotline", departmentId = department, channel = "sms" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var path = new Uri(body.GetProperty("url").GetString()!).AbsolutePath;
        var citizen = factory.CreateBrowserLikeClient();
        var page = FormClient.Decode(await citizen.GetStringAsync(path));
        await citizen.PostFormAsync(path, [new("Satisfaction", "5"), new("Clear", "yes"), new("Resolved", "yes")]);
        var stored = await factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking()
            .OrderByDescending(r => r.Id).FirstAsync(r => r.Touchpoint == "hotline" && r.Channel == "sms"
                && r.DepartmentId == department && r.AppealId == null));
        var ownNotice = await api.PostAsJsonAsync("/api/v1/surveys/invitations", new { touchpoint = "answer" });
        var badChannel = await api.PostAsJsonAsync("/api/v1/surveys/invitations",
            new { touchpoint = "reception", channel = "pigeon", appealNumber = "1999-999999" });
        var problem = await badChannel.Content.ReadFromJsonAsync<JsonElement>();
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/v1/surveys/invitations",
            new { touchpoint = "hotline" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("Вы звонили на горячую линию", page, StringComparison.Ordinal);
        Assert.Equal(("hotline", "sms", (int?)department), (stored.Touchpoint, stored.Channel, stored.DepartmentId));
        Assert.Equal(HttpStatusCode.BadRequest, ownNotice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("appealNumber", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ContactCentreLink_ForAnAppeal_CountsForItsDepartment_AndLeavesTheKnowledgeReviewAlone()
    {
        var (id, executor) = await InProgressAsync(["email"]);
        var template = await TemplateAsync(executor, "Пособие назначено с 1 числа месяца.");
        await SendAsync(executor, id, "Пособие назначено с 1 числа месяца.", $"{template}");
        var appeal = await _steps.LoadAsync(id);
        var other = await factory.WithDbAsync(db => db.Departments.Where(d => d.Id != appeal.DepartmentId)
            .Select(d => d.Id).FirstAsync());
        var api = factory.CreateApiClient(Otklik.Web.Infrastructure.Seeding.StartupSeeder.DemoToken);
        var narrow = factory.CreateApiClient(await IssueTokenAsync(ApiScopes.KnowledgeRead));

        var created = await api.PostAsJsonAsync("/api/v1/surveys/invitations",
            new { touchpoint = "hotline", appealNumber = appeal.RegistrationNumber });
        var path = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!)
            .AbsolutePath;
        var answered = await factory.CreateBrowserLikeClient().PostFormAsync(path,
            [new("Satisfaction", "1"), new("Clear", "no"), new("Resolved", "no")]);
        var stored = await factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking()
            .SingleAsync(r => r.AppealId == id && r.Touchpoint == "hotline"));
        var feedback = await factory.WithDbAsync(db => db.KnowledgeFeedback.CountAsync(f => f.ItemId == template));
        var mismatch = await api.PostAsJsonAsync("/api/v1/surveys/invitations",
            new { touchpoint = "hotline", appealNumber = appeal.RegistrationNumber, departmentId = other });
        var problem = await mismatch.Content.ReadFromJsonAsync<JsonElement>();
        var withoutScope = await narrow.PostAsJsonAsync("/api/v1/surveys/invitations", new { touchpoint = "hotline" });
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "survey.invited"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(answered.IsSuccessStatusCode);
        Assert.Equal(appeal.DepartmentId, stored.DepartmentId);
        Assert.Equal(0, feedback);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("departmentId", out _));
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.True(audited);
    }

    private async Task<string> IssueTokenAsync(string scope)
    {
        await using var services = factory.Services.CreateAsyncScope();
        var issued = await services.ServiceProvider.GetRequiredService<ApiTokenService>()
            .IssueAsync("Тест", [scope], null);
        return issued.Value!.Token;
    }

    private Task<StaffReminder> ReminderAsync(int id, string kind) =>
        factory.WithDbAsync(db => db.StaffReminders.AsNoTracking()
            .SingleAsync(r => r.AppealId == id && r.Kind == kind));

    private Task<string> AnswerNoticeBodyAsync(int id) =>
        factory.WithDbAsync(db => db.AppealNotices.Where(n => n.AppealId == id && n.Kind == "answer")
            .Select(n => n.Body).FirstAsync());

    private Task<int> AnswerNoticesAsync(int id) =>
        factory.WithDbAsync(db => db.AppealNotices.CountAsync(n => n.AppealId == id && n.Kind == "answer"));

    private async Task<(int Id, HttpClient Executor)> InProgressAsync(string[] channels)
    {
        var id = await _steps.NewAppealAsync("Прошу назначить пособие на ребёнка.", channels);
        var head = await _steps.SignedInAsync("head-appeals");
        var executor = await _steps.SignedInAsync("executor-appeals");
        await _steps.ActOrFailAsync(head, id, AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))));
        await _steps.ActOrFailAsync(executor, id, AppealAction.Start);
        return (id, executor);
    }

    private async Task<int> TemplateAsync(HttpClient executor, string body)
    {
        var section = await new KnowledgeSteps(factory).SectionOfAsync("ООГ");
        var created = await KnowledgeSteps.CreateAsync(executor, section, "Шаблон " + KnowledgeSteps.Unique(), body,
            "template");
        return created.GetProperty("id").GetInt32();
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpClient executor, int id, string text, string knowledgeItems = "", bool refusal = false)
    {
        var revision = (await _steps.LoadAsync(id)).Revision;
        return await executor.PostFormAsync($"/appeals/{id}/answer",
            [
                new("AnswerText", text), new("Refusal", refusal ? "true" : "false"),
                new("KnowledgeItemIds", knowledgeItems), new("Revision", AppealSteps.Str(revision)),
            ]);
    }

    private async Task<HttpResponseMessage> ReturnAsync(HttpClient who, int id, string remarks)
    {
        var revision = (await _steps.LoadAsync(id)).Revision;
        return await who.PostFormAsync($"/appeals/{id}/answer",
            [new("Remarks", remarks), new("Revision", AppealSteps.Str(revision))],
            $"/appeals/{id}/answer?handler=Return");
    }

    [GeneratedRegex("<textarea id=\"AnswerText\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex AnswerText();

    [GeneratedRegex(@"https?://[^\s]+/survey/[A-Za-z0-9_\-]+")]
    private static partial Regex SurveyLink();
}
