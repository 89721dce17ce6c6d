using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Calendar;
using Otklik.Web.Features.Hotline;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Knowledge.Gaps;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;
using static Otklik.Web.Tests.Features.Appeals.AppealSteps;

namespace Otklik.Web.Tests.Features.Hotline;

[Trait("Category", "Integration")]
public sealed partial class HotlineTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Operator_AnswersFromTheKnowledgeBase_AndTheTwoClosingAnswersReachTheSurveyResults()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-01");
        var card = FormClient.Decode(await operatorClient.GetStringAsync($"/hotline/calls/{id}?q=ТСР"));
        var article = int.Parse(ArticleLink().Match(card).Groups[1].Value, CultureInfo.InvariantCulture);
        var before = await HotlineResponsesAsync();

        await RecordAsync(operatorClient, id, "support", "Как получить технические средства реабилитации?",
            article, "Заявление подают в Социальный фонд по ИПРА.");
        var finished = await FinishAsync(operatorClient, id, "Answered", resolved: "yes", rating: "partly");
        var call = await LoadAsync(id);
        var response = Assert.Single((await HotlineResponsesAsync()).ExceptBy(before.Select(r => r.Id), r => r.Id));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(HotlineCall) && a.EntityId == Str(id))
            .Select(a => a.Action).ToListAsync());
        var log = FormClient.Decode(await operatorClient.GetStringAsync("/hotline/log?topic=support"));

        // R21: the card records advice; every form on it writes to the card itself, none acts for the client.
        var (open, close) = (card.IndexOf("<main", StringComparison.Ordinal),
            card.IndexOf("</main>", StringComparison.Ordinal));
        var main = card[open..close];
        Assert.All(FormAction().Matches(main), m => Assert.StartsWith($"/hotline/calls/{id}", m.Groups[1].Value,
            StringComparison.Ordinal));
        Assert.Contains("Приветствие", card, StringComparison.Ordinal);
        Assert.Contains("Завершение", card, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        Assert.Equal((CallState.Closed, CallOutcome.Answered, article),
            (call.State, call.Outcome, call.KnowledgeItemId));
        Assert.Equal(("hotline", "yes", 3, "phone"),
            (response.Touchpoint, response.Resolved, response.Satisfaction, response.Channel));
        Assert.Equal(["hotline.call_started", "hotline.call_recorded", "hotline.call_closed"], actions);
        Assert.Contains(call.Number, log, StringComparison.Ordinal);
        Assert.Contains("частично удовлетворён", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACall_IsTransferredTwiceAtMost_ToTheMostCompetentEmployee()
    {
        var operatorClient = await _steps.SignedInAsync("operator2");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-02");
        await RecordAsync(operatorClient, id, "support", "Какие пособия положены многодетной семье?", null);
        var card = FormClient.Decode(await operatorClient.GetStringAsync($"/hotline/calls/{id}"));
        var volkov = await _steps.EmployeeIdAsync("head-family");
        var nikitina = await _steps.EmployeeIdAsync("executor-family");
        var pavlov = await _steps.EmployeeIdAsync("executor-rehab");

        var first = await TransferAsync(operatorClient, id, volkov);
        var second = await TransferAsync(operatorClient, id, nikitina);
        var third = await TransferAsync(operatorClient, id, pavlov);
        var call = await LoadAsync(id);

        var suggestions = SuggestionList().Match(card).Value;
        Assert.Contains("Волков", suggestions, StringComparison.Ordinal);
        Assert.Contains("многодетные семьи", suggestions, StringComparison.Ordinal);
        Assert.DoesNotContain("Павлов Игорь", suggestions, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("третье переключение запрещено", FormClient.Decode(await third.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal([(0, volkov), (volkov, nikitina)],
            call.Transfers.OrderBy(t => t.Id).Select(t => (t.FromEmployeeId == call.OperatorId ? 0 : t.FromEmployeeId,
                t.ToEmployeeId)));
    }

    [Fact]
    public async Task ACallback_IsPromisedWithinItsTerm_AnsweredByTheDepartment_AndReported()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-03");
        var latest = Latest(await LoadAsync(id));
        var family = await factory.WithDbAsync(db => db.Departments.Where(d => d.Name.Contains("семьи"))
            .Select(d => d.Id).FirstAsync());
        var operatorId = await _steps.EmployeeIdAsync("operator1");

        var unrecorded = await PromiseAsync(operatorClient, id, family, null, "10:00–12:00");
        await RecordAsync(operatorClient, id, "support", "Когда придёт выплата на третьего ребёнка?", null);
        var tooLate = await PromiseAsync(operatorClient, id, family, AppealSteps.Calendar().AddWorkingDays(latest, 1),
            "10:00–12:00");
        var nightWindow = await PromiseAsync(operatorClient, id, family, null, "20:00-22:00");
        var lunchWindow = await PromiseAsync(operatorClient, id, family, null, "13:00-14:00");
        var promised = await PromiseAsync(operatorClient, id, family, null, "10:00-12:00, 15.30–17", "no", "not");
        var callback = await factory.WithDbAsync(db => db.HotlineCallbacks.AsNoTracking()
            .FirstAsync(b => b.CallId == id));
        var stranger = await _steps.SignedInAsync("executor-rehab");
        var foreign = await CallbackActAsync(stranger, "/hotline/callbacks", "Answer", callback,
            ("answer", "Не наш вопрос."));
        var department = await _steps.SignedInAsync("executor-family");
        var answered = await CallbackActAsync(department, "/hotline/callbacks", "Answer", callback,
            ("answer", "Пособие назначают в МФЦ, срок — 10 рабочих дней."));
        var reported = await CallbackActAsync(operatorClient, "/hotline/callbacks", "Report",
            await ReloadAsync(callback.Id), ("reached", "true"), ("note", "Клиент всё понял."));
        var done = await ReloadAsync(callback.Id);
        var told = await factory.WithDbAsync(db => db.StaffMessages.CountAsync(m => m.EmployeeId == operatorId
            && m.Topic == "ответ для обратного звонка" && m.Text.Contains(latest.ToString("dd.MM.yyyy",
                CultureInfo.InvariantCulture))));
        var call = await LoadAsync(id);

        Assert.Equal(HttpStatusCode.BadRequest, unrecorded.StatusCode);
        Assert.Contains("Выберите тему и запишите потребность клиента",
            FormClient.Decode(await unrecorded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lunchWindow.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains($"не позднее {latest:dd.MM.yyyy}", FormClient.Decode(await tooLate.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nightWindow.StatusCode);
        Assert.Contains("вне часов работы министерства",
            FormClient.Decode(await nightWindow.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, promised.StatusCode);
        Assert.Equal((latest, "10:00–12:00, 15:30–17:00"), (callback.PromisedOn, callback.Windows));
        Assert.Equal((CallOutcome.Callback, "no", "not"), (call.Outcome, call.SurveyResolved, call.SurveyRating));
        Assert.Equal(1, told);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal((CallbackState.Done, 1, "Клиент всё понял."), (done.State, done.Attempts, done.Note));
        Assert.Contains("Пособие назначают в МФЦ", done.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverdueCallback_IsEscalatedToTheHeadOnce()
    {
        var operatorClient = await _steps.SignedInAsync("operator2");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-04");
        var rehab = await factory.WithDbAsync(db => db.Departments.Where(d => d.Name.Contains("реабилитации"))
            .Select(d => new { d.Id, d.HeadId }).FirstAsync());
        await RecordAsync(operatorClient, id, "support", "Как вернуть деньги за купленную коляску?", null);
        Assert.Equal(HttpStatusCode.Redirect,
            (await PromiseAsync(operatorClient, id, rehab.Id, null, "9-18")).StatusCode);
        var callbackId = await factory.WithDbAsync(db => db.HotlineCallbacks.Where(b => b.CallId == id)
            .Select(b => b.Id).FirstAsync());
        await factory.WithDbAsync(db => db.HotlineCallbacks.Where(b => b.CallId == id)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.PromisedOn, Today().AddDays(-3))));

        var lastMessage = await factory.WithDbAsync(db => db.StaffMessages.MaxAsync(m => (long?)m.Id)) ?? 0;
        var first = await EscalateAsync();
        var second = await EscalateAsync();
        var callback = await factory.WithDbAsync(db => db.HotlineCallbacks.AsNoTracking()
            .FirstAsync(b => b.CallId == id));
        var operatorId = await _steps.EmployeeIdAsync("operator2");
        var mail = await factory.WithDbAsync(db => db.StaffMessages.AsNoTracking()
            .Where(m => m.Topic == "просрочен обратный звонок" && m.Id > lastMessage)
            .Select(m => m.EmployeeId).ToListAsync());
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == "hotline.callback_escalated" && a.EntityId == Str(callbackId)));

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        Assert.Equal(Today(), callback.EscalatedOn);
        Assert.Contains(rehab.HeadId!.Value, mail);
        Assert.Contains(operatorId, mail);
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task ClosingACall_NeedsAnAnswer_OrTheCompetentAuthority()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var id = await NewCallAsync(operatorClient, null);

        var noNeed = await FinishAsync(operatorClient, id, "Answered");
        await RecordAsync(operatorClient, id, "other", "Как получить полис ОМС ребёнку?", null, answer: "-");
        await factory.WithDbAsync(db => db.HotlineCalls.Where(c => c.Id == id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Answer, (string?)null)));
        var noAnswer = await FinishAsync(operatorClient, id, "Answered");
        var noAgency = await FinishAsync(operatorClient, id, "OutOfCompetence");
        var agency = await factory.WithDbAsync(db => db.Agencies.Select(a => a.Id).FirstAsync());
        var outOfCompetence = await FinishAsync(operatorClient, id, "OutOfCompetence", agencyId: agency);
        var again = await FinishAsync(operatorClient, id, "Interrupted");
        var card = FormClient.Decode(await operatorClient.GetStringAsync($"/hotline/calls/{id}"));

        Assert.Equal(HttpStatusCode.BadRequest, noNeed.StatusCode);
        Assert.Contains("Выберите тему и запишите потребность клиента",
            FormClient.Decode(await noNeed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.Contains("Запишите ответ, который дан клиенту",
            FormClient.Decode(await noAnswer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noAgency.StatusCode);
        Assert.Contains("запишите совет клиенту", FormClient.Decode(await noAgency.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, outOfCompetence.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Звонок уже завершён", FormClient.Decode(await again.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Contains("data-testid=\"agency\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheContactCentre_OpensACard_WithTheCallersHistory_OnceForTheSameCall()
    {
        var phone = $"+7 918 {Random.Shared.Next(100, 999)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}";
        var appeal = await RegisterWithPhoneAsync(phone);
        var api = factory.CreateApiClient(StartupSeeder.DemoToken);
        var external = Guid.NewGuid().ToString("N");
        var body = new { callId = external, callerPhone = "8" + phone[2..], @operator = "operator1" };

        var first = await api.PostAsJsonAsync("/api/v1/hotline/calls", body);
        var again = await api.PostAsJsonAsync("/api/v1/hotline/calls", body);
        var noOperator = await api.PostAsJsonAsync("/api/v1/hotline/calls", new { callId = "x-1" });
        var notAnOperator = await api.PostAsJsonAsync("/api/v1/hotline/calls",
            new { callId = "x-2", @operator = "head-family" });
        var json = await first.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetInt32();
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/hotline/calls/{id}");
        var card = FormClient.Decode(await (await _steps.SignedInAsync("operator1"))
            .GetStringAsync($"/hotline/calls/{id}"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(json.GetProperty("id").GetInt32(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        Assert.True(json.GetProperty("knownClient").GetBoolean());
        Assert.False(json.TryGetProperty("history", out _));
        Assert.Contains($"обращение № {appeal}", card, StringComparison.Ordinal);
        Assert.Contains("Заявитель Тестовый", card, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noOperator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnOperator.StatusCode);
        Assert.Contains("логин оператора", await noOperator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Open", read.GetProperty("state").GetString());
    }

    [Fact]
    public async Task TheContactCentreApi_NeedsItsScope()
    {
        await using var services = factory.Services.CreateAsyncScope();
        var issued = (await services.ServiceProvider.GetRequiredService<ApiTokenService>()
            .IssueAsync("Календарь", [ApiScopes.CalendarRead], null)).Value!;

        var refused = await factory.CreateApiClient(issued.Token).PostAsJsonAsync("/api/v1/hotline/calls",
            new { callId = "y-1", @operator = "operator1" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnotherDepartmentsExecutor_DoesNotSeeTheCall_ButTheTransferredEmployeeDoes()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-05");
        await RecordAsync(operatorClient, id, "support", "Компенсация за ТСР", null);
        await TransferAsync(operatorClient, id, await _steps.EmployeeIdAsync("executor-rehab"));

        var outsider = await (await _steps.SignedInAsync("executor-family")).GetAsync($"/hotline/calls/{id}");
        var transferred = await (await _steps.SignedInAsync("executor-rehab")).GetAsync($"/hotline/calls/{id}");
        var outsiderLog = await (await _steps.SignedInAsync("executor-family")).GetStringAsync("/hotline/log");

        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Contains("record-form", await transferred.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain((await LoadAsync(id)).Number, outsiderLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedHotlineQuestions_WithoutAnArticle_BecomeACandidateFaq()
    {
        var operatorClient = await _steps.SignedInAsync("operator2");
        foreach (var need in new[]
        {
            "Как оформить губернаторскую стипендию студенту-сироте?",
            "Где получить губернаторскую стипендию для сироты?",
            "Положена ли губернаторская стипендия сироте?",
        })
        {
            var id = await NewCallAsync(operatorClient, null);
            await RecordAsync(operatorClient, id, "support", need, null, answer: "Уточним и перезвоним.");
            await FinishAsync(operatorClient, id, "Answered");
        }

        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KnowledgeGaps>().RefreshAsync();
        var candidates = await factory.WithDbAsync(db => db.KnowledgeCandidates.AsNoTracking()
            .Where(c => c.Source == "hotline").Select(c => c.Question).ToListAsync());

        Assert.Contains(candidates, q => q.Contains("губернаторск", StringComparison.Ordinal)
            && q.Contains("стипенд", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOperator_WithoutTrainingOnANewService_IsShownAsNotReady_UntilItIsRecorded()
    {
        var head = await _steps.SignedInAsync("head-appeals");
        var operatorId = await _steps.EmployeeIdAsync("operator2");
        var title = $"Социальный контракт {Guid.NewGuid():N}"[..30];
        await TrainingAsync(head, "Record", ("employeeId", Str(operatorId)), ("kind", "Onboarding"),
            ("completedOn", Iso(Today().AddDays(-30))));
        await TrainingAsync(head, "Topic", ("title", title), ("introducedOn", Iso(Today().AddDays(-1))));
        var topic = await factory.WithDbAsync(db => db.TrainingTopics.Where(t => t.Title == title).Select(t => t.Id)
            .FirstAsync());
        var operatorClient = await _steps.SignedInAsync("operator2");

        var before = FormClient.Decode(await operatorClient.GetStringAsync("/hotline"));
        var foreignHead = await (await _steps.SignedInAsync("head-family")).PostFormAsync("/hotline/training",
            [new("employeeId", Str(operatorId)), new("kind", "Planned"), new("subject", "Этикет"),
                new("completedOn", Iso(Today()))], "/hotline/training?handler=Record");
        var refused = await operatorClient.PostFormAsync("/hotline/training",
            [new("title", "Своя услуга"), new("introducedOn", Iso(Today()))], "/hotline/training?handler=Topic");
        await TrainingAsync(head, "Record", ("employeeId", Str(operatorId)), ("kind", "NewService"),
            ("topicId", Str(topic)), ("completedOn", Iso(Today())));
        var after = FormClient.Decode(await operatorClient.GetStringAsync("/hotline"));
        var audited = await factory.WithDbAsync(db => db.TrainingRecords.CountAsync(r => r.EmployeeId == operatorId
            && r.TopicId == topic && db.AuditEntries.Any(a => a.Action == "training.recorded"
                && a.EntityId == r.Id.ToString())));

        Assert.Contains($"Вы не прошли обучение новым услугам: {title}", before, StringComparison.Ordinal);
        Assert.Contains("access-denied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, after, StringComparison.Ordinal);
        Assert.Contains("access-denied", foreignHead.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Calls_OlderThanFiveYears_AreDeletedWithTheirCallbacks()
    {
        var operatorClient = await _steps.SignedInAsync("operator1");
        var id = await NewCallAsync(operatorClient, "+7 918 555-10-06");
        var department = await factory.WithDbAsync(db => db.Departments.Select(d => d.Id).FirstAsync());
        await RecordAsync(operatorClient, id, "status", "Где моё обращение?", null);
        Assert.Equal(HttpStatusCode.Redirect,
            (await PromiseAsync(operatorClient, id, department, null, "10-12")).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.HotlineCallbacks.CountAsync(b => b.CallId == id)));
        var recent = await NewCallAsync(operatorClient, "+7 918 555-10-06");
        await factory.WithDbAsync(db => db.HotlineCalls.Where(c => c.Id == id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.StartedAt, DateTimeOffset.UtcNow.AddYears(-5).AddDays(-1))));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Otklik.Web.Features.Retention.RetentionService>()
                .PurgeAsync();
        }

        var left = await factory.WithDbAsync(db => db.HotlineCalls.Where(c => c.Id == id || c.Id == recent)
            .Select(c => c.Id).ToListAsync());
        var callbacks = await factory.WithDbAsync(db => db.HotlineCallbacks.CountAsync(b => b.CallId == id));
        Assert.Equal([recent], left);
        Assert.Equal(0, callbacks);
    }

    [Theory]
    [InlineData("10:00-12:00", "10:00–12:00")]
    [InlineData("с 9 до 11; 14.30 — 16", "09:00–11:00, 14:30–16:00")]
    [InlineData("12-10", null)]
    [InlineData("утром", null)]
    [InlineData("", null)]
    public void TimeWindows_AreReadAsOperatorsTypeThem(string text, string? expected) =>
        Assert.Equal(expected, TimeWindows.Parse(text) is { } windows ? TimeWindows.Format(windows) : null);

    private static async Task<int> NewCallAsync(HttpClient client, string? phone)
    {
        var response = await client.PostFormAsync("/hotline", [new("callerPhone", phone ?? ""), new("callerName", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private async Task RecordAsync(
        HttpClient client, int id, string topic, string need, int? article, string answer = "")
    {
        var call = await LoadAsync(id);
        var response = await client.PostFormAsync($"/hotline/calls/{id}",
            [
                new("revision", Str(call.Revision)), new("topic", topic), new("need", need),
                new("answer", answer.Length > 0 ? answer : call.Answer ?? "Заявление подают в Социальный фонд."),
                new("knowledgeItemId", article is null ? "" : Str(article.Value)),
            ], $"/hotline/calls/{id}?handler=Record");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> TransferAsync(HttpClient client, int id, int to) =>
        await client.PostFormAsync($"/hotline/calls/{id}",
            [new("revision", Str((await LoadAsync(id)).Revision)), new("toEmployeeId", Str(to)), new("reason", "")],
            $"/hotline/calls/{id}?handler=Transfer");

    private async Task<HttpResponseMessage> PromiseAsync(HttpClient client, int id, int department,
        DateOnly? promisedOn, string windows, string resolved = "", string rating = "") =>
        await client.PostFormAsync($"/hotline/calls/{id}",
            [
                new("revision", Str((await LoadAsync(id)).Revision)), new("phone", "+7 918 555-00-00"),
                new("departmentId", Str(department)), new("question", "Сроки назначения пособия"),
                new("promisedOn", promisedOn is { } d ? Iso(d) : ""), new("windows", windows),
                new("surveyResolved", resolved), new("surveyRating", rating),
            ], $"/hotline/calls/{id}?handler=Callback");

    private async Task<HttpResponseMessage> FinishAsync(HttpClient client, int id, string outcome,
        int? agencyId = null, string resolved = "", string rating = "") =>
        await client.PostFormAsync($"/hotline/calls/{id}",
            [
                new("revision", Str((await LoadAsync(id)).Revision)), new("outcome", outcome),
                new("agencyId", agencyId is null ? "" : Str(agencyId.Value)), new("surveyResolved", resolved),
                new("surveyRating", rating),
            ], $"/hotline/calls/{id}?handler=Finish");

    private static async Task<HttpResponseMessage> CallbackActAsync(HttpClient client, string page, string handler,
        HotlineCallback callback, params (string Name, string Value)[] fields) =>
        await client.PostFormAsync(page,
            [
                new("id", Str(callback.Id)), new("revision", Str(callback.Revision)),
                .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            ], $"{page}?handler={handler}");

    private static async Task TrainingAsync(HttpClient client, string handler,
        params (string Name, string Value)[] fields)
    {
        var response = await client.PostFormAsync("/hotline/training",
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            $"/hotline/training?handler={handler}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            FormClient.Decode(await response.Content.ReadAsStringAsync()));
    }

    private Task<List<Otklik.Web.Features.Surveys.SurveyResponse>> HotlineResponsesAsync() =>
        factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking()
            .Where(r => r.Touchpoint == "hotline").ToListAsync());

    private Task<HotlineCall> LoadAsync(int id) => factory.WithDbAsync(db => db.HotlineCalls.AsNoTracking()
        .Include(c => c.Transfers).FirstAsync(c => c.Id == id));

    private Task<HotlineCallback> ReloadAsync(int id) =>
        factory.WithDbAsync(db => db.HotlineCallbacks.AsNoTracking().FirstAsync(b => b.Id == id));

    private static DateOnly Latest(HotlineCall call)
    {
        var zone = TimeZones.Find("Europe/Moscow");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(call.StartedAt, zone).DateTime);
        return AppealSteps.Calendar().AddWorkingDays(day, 2);
    }

    private async Task<int> EscalateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallbackEscalation>().RunAsync();
    }

    private async Task<string> RegisterWithPhoneAsync(string phone)
    {
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", new
            {
                kind = "Letter",
                name = "Заявитель Тестовый",
                phone,
                email = $"{Guid.NewGuid():N}"[..12] + "@example.ru",
                text = "Прошу разъяснить порядок получения компенсации за ТСР.",
                notifyBy = new[] { "phone" },
            });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationNumber").GetString()!;
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("href=\"/knowledge/items/(\\d+)\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("<ul data-testid=\"suggestions\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex SuggestionList();
}
