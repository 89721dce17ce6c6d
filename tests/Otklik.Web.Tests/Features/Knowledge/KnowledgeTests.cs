using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Calendar;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Knowledge;

[Trait("Category", "Integration")]
public sealed class KnowledgeTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly KnowledgeSteps _steps = new(factory);

    [Fact]
    public async Task OwnDepartment_Edits_OtherDepartmentAndAdministrator_AreRefused()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var own = await _steps.People.SignedInAsync("executor-family");
        var other = await _steps.People.SignedInAsync("executor-rehab");
        var admin = await _steps.People.SignedInAsync("admin");
        var item = await KnowledgeSteps.CreateAsync(own, family, "Как продлить пособие?", "Подайте заявление заново.");

        var byOther = await other.PostAsJsonAsync($"/api/v1/knowledge/sections/{family}/items",
            new { type = "faq", title = "Чужой вопрос", body = "Чужой ответ" });
        var byAdmin = await admin.PutAsJsonAsync($"/api/v1/knowledge/items/{item.GetProperty("id").GetInt32()}",
            new { type = "faq", title = "Исправлено", body = "Другое", reason = "Проверка", revision = 0 });
        var editPage = await other.GetAsync($"/knowledge/edit/{item.GetProperty("id").GetInt32()}");
        var newPage = await other.GetAsync($"/knowledge/edit?section={family}");
        var token = await factory.CreateApiClient(StartupSeeder.DemoToken)
            .PostAsJsonAsync($"/api/v1/knowledge/sections/{family}/items",
                new { type = "faq", title = "Т", body = "Т" });

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("другой отдел", await byOther.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal("/account/access-denied", editPage.Headers.Location?.AbsolutePath);
        Assert.Equal("/account/access-denied", newPage.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        var read = await other.GetAsync($"/knowledge/items/{item.GetProperty("id")}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesSection_AndHandsItToADepartment()
    {
        var admin = await _steps.People.SignedInAsync("admin");
        var rehabId = await factory.WithDbAsync(db => db.Departments.Where(d => d.ShortName == "ОРИ")
            .Select(d => d.Id).FirstAsync());
        var title = "Доступная среда " + KnowledgeSteps.Unique();

        var created = await admin.PostFormAsync("/knowledge/sections",
            [new("Title", title), new("DepartmentId", Str(rehabId))]);
        var refused = await (await _steps.People.SignedInAsync("head-rehab")).GetAsync("/knowledge/sections");
        var section = await factory.WithDbAsync(db => db.KnowledgeSections.FirstAsync(s => s.Title == title));
        var rehab = await _steps.People.SignedInAsync("executor-rehab");
        await KnowledgeSteps.CreateAsync(rehab, section.Id, "Пандус у подъезда", "Обратитесь в управляющую компанию.");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.Equal(rehabId, section.DepartmentId);
        Assert.True(section.NextReviewOn > DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3).AddDays(-1));
    }

    [Fact]
    public async Task EverySave_KeepsAVersion_AndRestoreBringsTheOldTextBack()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var client = await _steps.People.SignedInAsync("executor-family");
        var created = await KnowledgeSteps.CreateAsync(client, family, "Размер выплаты на ребёнка",
            "Выплата составляет 1000 рублей.\n\nПодайте заявление в МФЦ.");
        var id = created.GetProperty("id").GetInt32();
        var second = await KnowledgeSteps.UpdateAsync(client, id, created.GetProperty("revision").GetInt32(),
            "Размер выплаты на ребёнка", "Выплата составляет 1200 рублей.\n\nПодайте заявление в МФЦ.",
            "Индексация с 1 февраля");

        var stale = await client.PutAsJsonAsync($"/api/v1/knowledge/items/{id}", new
        {
            type = "faq",
            title = "Т",
            body = "Другое",
            reason = "Старая страница",
            revision = created.GetProperty("revision").GetInt32(),
        });
        var history = FormClient.Decode(await client.GetStringAsync($"/knowledge/items/{id}/history"));
        var restore = await client.PostFormAsync($"/knowledge/items/{id}/history",
            [new("number", "1"), new("revision", second.GetProperty("revision").GetInt32().ToString(
                System.Globalization.CultureInfo.InvariantCulture))],
            $"/knowledge/items/{id}/history?handler=Restore");
        var restored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/knowledge/items/{id}");
        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/knowledge/items/{id}/versions");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("− Выплата составляет 1000 рублей.", history, StringComparison.Ordinal);
        Assert.Contains("+ Выплата составляет 1200 рублей.", history, StringComparison.Ordinal);
        Assert.Contains("Индексация с 1 февраля", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Contains("1000 рублей", restored.GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Восстановлена версия 1", "Индексация с 1 февраля", "Материал создан"],
            versions.EnumerateArray().Select(v => v.GetProperty("reason").GetString()!).ToList());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(
            a => a.Action == "knowledge.item_restored" && a.EntityId == Str(id))));
    }

    [Fact]
    public async Task Edit_WithoutAReason_OrUnchanged_IsRefusedInRussian()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var client = await _steps.People.SignedInAsync("executor-family");
        var created = await KnowledgeSteps.CreateAsync(client, family, "Вопрос без причины", "Ответ.");
        var id = created.GetProperty("id").GetInt32();
        var revision = created.GetProperty("revision").GetInt32();

        var noReason = await client.PutAsJsonAsync($"/api/v1/knowledge/items/{id}",
            new { type = "faq", title = "Вопрос без причины", body = "Новый ответ.", revision });
        var unchanged = await client.PutAsJsonAsync($"/api/v1/knowledge/items/{id}",
            new { type = "faq", title = "Вопрос без причины", body = "Ответ.", reason = "Так", revision });
        var badType = await client.PutAsJsonAsync($"/api/v1/knowledge/items/{id}",
            new { type = "poem", title = "Т", body = "Т", reason = "Так", revision });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("причину изменения", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Изменений нет", await unchanged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
    }

    [Fact]
    public async Task Article_IsRenderedSafely()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var client = await _steps.People.SignedInAsync("executor-family");
        var created = await KnowledgeSteps.CreateAsync(client, family, "Опасная разметка",
            "**Важно** <script>alert(1)</script> [ссылка](javascript:alert(2)) <img src=x onerror=alert(3)>");

        var page = await client.GetStringAsync($"/knowledge/items/{created.GetProperty("id")}");

        Assert.Contains("<strong>Важно</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsOtherWordForms_AndSynonyms_RanksTitleFirst_AndMarksWords()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var client = await _steps.People.SignedInAsync("executor-family");
        var tag = KnowledgeSteps.Unique();
        await KnowledgeSteps.CreateAsync(client, family, $"Пособие многодетной семье {tag}",
            "Пособие назначает управление социальной защиты по месту жительства.");
        await KnowledgeSteps.CreateAsync(client, family, $"Справка о доходах {tag}",
            "Для пособия многодетной семье нужна справка о доходах за год.");
        await KnowledgeSteps.CreateAsync(client, family, $"Ежемесячная денежная выплата ветеранам {tag}",
            "Выплату назначают с месяца обращения.");
        await KnowledgeSteps.CreateAsync(client, family, $"Единовременная выплата к юбилею {tag}",
            "Выплата положена к 90-летию.");
        var archived = await KnowledgeSteps.CreateAsync(
            client, family, $"Старое пособие многодетным {tag}", "Отменено.");
        await client.PostFormAsync($"/knowledge/items/{archived.GetProperty("id")}",
            [new("revision", Str(archived.GetProperty("revision").GetInt32())),
                new("archived", "true")],
            $"/knowledge/items/{archived.GetProperty("id")}?handler=Archive");

        var forms = await KnowledgeSteps.SearchAsync(client, $"пособия многодетным {tag}");
        var synonym = await KnowledgeSteps.SearchAsync(client, $"ЕДВ {tag}");
        var templatesOnly = await KnowledgeSteps.SearchAsync(client, $"пособия многодетным {tag}", "&type=template");
        var titles = KnowledgeSteps.Titles(forms);

        Assert.Equal($"Пособие многодетной семье {tag}", titles[0]);
        Assert.Contains($"Справка о доходах {tag}", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("Старое", StringComparison.Ordinal));
        Assert.Contains("<mark>пособия</mark> <mark>многодетной</mark>",
            forms.GetProperty("hits")[1].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains($"Ежемесячная денежная выплата ветеранам {tag}", KnowledgeSteps.Titles(synonym));
        Assert.DoesNotContain($"Единовременная выплата к юбилею {tag}", KnowledgeSteps.Titles(synonym));
        Assert.All(templatesOnly.GetProperty("hits").EnumerateArray(),
            h => Assert.Equal("template", h.GetProperty("type").GetString()));
        Assert.DoesNotContain(KnowledgeSteps.Titles(templatesOnly), t => t.EndsWith(tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_RejectsBadInput_WithRussianProblems()
    {
        var client = factory.CreateApiClient(StartupSeeder.DemoToken);

        var empty = await client.GetAsync("/api/v1/knowledge/search?q=");
        var badType = await client.GetAsync("/api/v1/knowledge/search?q=пособие&type=novel");
        var badLimit = await client.GetAsync("/api/v1/knowledge/search?q=пособие&limit=500");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("запрос q", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [Fact]
    public async Task ChangedFact_PutsItemsUnderReview_InTenWorkingDays_AndAReviewClearsIt()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        var executor = await _steps.People.SignedInAsync("executor-family");
        var item = await KnowledgeSteps.CreateAsync(
            executor, family, "Размер ЕДВ многодетным " + KnowledgeSteps.Unique(),
            "Размер выплаты — 1000 рублей.");
        var id = item.GetProperty("id").GetInt32();
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var operatorClient = await _steps.People.SignedInAsync("operator1");

        await operatorClient.PostFormAsync($"/knowledge/items/{id}", [new("text", "Размер устарел")],
            $"/knowledge/items/{id}?handler=Feedback");
        var marked = await operatorClient.PostFormAsync("/knowledge/changes",
            [new("Description", "С 1 февраля изменён размер ЕДВ"), new("Items", idText)]);
        var due = await factory.WithDbAsync(db => db.KnowledgeItems.Where(i => i.Id == id)
            .Select(i => i.ReviewDueOn).FirstAsync());
        var today = TimeZones.Today(TimeProvider.System, "Europe/Moscow");
        var reviews = FormClient.Decode(await (await _steps.People.SignedInAsync("head-family"))
            .GetStringAsync("/knowledge/reviews"));
        var othersReviews = FormClient.Decode(await (await _steps.People.SignedInAsync("head-rehab"))
            .GetStringAsync("/knowledge/reviews"));
        var reviewed = await executor.PostFormAsync($"/knowledge/items/{id}",
            [new("changed", "false"), new("note", "Размер подтверждён")], $"/knowledge/items/{id}?handler=Review");
        var after = await factory.WithDbAsync(db => db.KnowledgeItems.AsNoTracking().FirstAsync(i => i.Id == id));
        var feedback = await factory.WithDbAsync(
            db => db.KnowledgeFeedback.AsNoTracking().FirstAsync(f => f.ItemId == id));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(ProductionCalendar.Shipped.AddWorkingDays(today, 10), due);
        Assert.Contains("С 1 февраля изменён размер ЕДВ", reviews, StringComparison.Ordinal);
        Assert.DoesNotContain("С 1 февраля изменён размер ЕДВ", othersReviews, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Null(after.ReviewDueOn);
        Assert.Equal(today, after.LastReviewedOn);
        Assert.NotNull(feedback.ReviewId);
    }

    [Fact]
    public async Task SectionReview_MovesTheNextDateAQuarterOn_AndRemindersAreWrittenOnce()
    {
        var labour = await _steps.SectionOfAsync("ОТО");
        await factory.WithDbAsync(async db =>
        {
            var section = await db.KnowledgeSections.FirstAsync(s => s.Id == labour);
            section.NextReviewOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
            return await db.SaveChangesAsync();
        });

        var first = await RunRemindersAsync();
        var second = await RunRemindersAsync();
        var reminder = await factory.WithDbAsync(db => db.KnowledgeReminders.AsNoTracking()
            .FirstAsync(r => r.SectionId == labour && r.Kind == "section-review"));
        var headId = await factory.WithDbAsync(db => db.Departments.Where(d => d.ShortName == "ОТО")
            .Select(d => d.HeadId).FirstAsync());
        var labourHead = await factory.CreateStaffAsync(
            await factory.WithDbAsync(
                db => db.Departments.Where(d => d.ShortName == "ОТО").Select(d => d.Id).FirstAsync()),
            ["Executor"]);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync(labourHead, OtklikFactory.StaffPassword);
        var reviewed = await client.PostFormAsync($"/knowledge/sections/{labour}",
            [new("changed", "false"), new("note", "Всё актуально")], $"/knowledge/sections/{labour}?handler=Review");
        var section = await factory.WithDbAsync(
            db => db.KnowledgeSections.AsNoTracking().FirstAsync(s => s.Id == labour));
        var today = TimeZones.Today(TimeProvider.System, "Europe/Moscow");

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        Assert.Equal(headId, reminder.EmployeeId);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(ProductionCalendar.Shipped.NextWorkingDay(today.AddMonths(3)), section.NextReviewOn);
        Assert.Equal(today, section.LastReviewedOn);
    }

    [Fact]
    public async Task HeadSeesReviewReminders_OnTheDeskAndTheReviewsPage()
    {
        var family = await _steps.SectionOfAsync("ОСПС");
        await factory.WithDbAsync(async db =>
        {
            var section = await db.KnowledgeSections.FirstAsync(s => s.Id == family);
            section.NextReviewOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
            return await db.SaveChangesAsync();
        });
        await RunRemindersAsync();
        var head = await _steps.People.SignedInAsync("head-family");

        var desk = FormClient.Decode(await head.GetStringAsync("/staff"));
        var reviews = FormClient.Decode(await head.GetStringAsync("/knowledge/reviews"));
        await head.PostFormAsync("/knowledge/reviews", [], "/knowledge/reviews?handler=Read");
        var deskAfter = FormClient.Decode(await head.GetStringAsync("/staff"));

        Assert.Contains("Новых напоминаний о проверке", desk, StringComparison.Ordinal);
        Assert.Contains("плановая проверка актуальности", reviews, StringComparison.Ordinal);
        Assert.DoesNotContain("Новых напоминаний о проверке", deskAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phones_ListTheStaffDirectory()
    {
        var page = FormClient.Decode(await (await _steps.People.SignedInAsync("operator1"))
            .GetStringAsync("/knowledge/phones?q=Волков"));

        Assert.Contains("Волков Алексей Иванович", page, StringComparison.Ordinal);
        Assert.Contains("(8652) 71-33-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Соколова", page, StringComparison.Ordinal);
    }

    private static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> RunRemindersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KnowledgeReminders>().RunAsync();
    }
}
