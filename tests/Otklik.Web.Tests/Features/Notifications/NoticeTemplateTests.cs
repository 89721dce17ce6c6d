using System.Net;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Notifications;

[Trait("Category", "Integration")]
public sealed class NoticeTemplateTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task EditedTemplate_IsUsedForTheNextNotice_AndResetBringsTheDefaultBack()
    {
        var admin = await _steps.SignedInAsync("admin");

        var saved = await SaveAsync(admin, "receipt", "Ваше обращение № {номер} принято",
            "Добрый день! Мы получили ваше обращение и ответим до {срок}. Статус: код {код}.");
        var edited = await ReceiptAsync();
        var reset = await admin.PostFormAsync("/notifications/templates?kind=receipt",
            [new("Subject", "x"), new("Body", "x"), new("reset", "true")]);
        var restored = await ReceiptAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("Ваше обращение № ", edited.Subject, StringComparison.Ordinal);
        Assert.Contains("Мы получили ваше обращение", edited.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{", edited.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("зарегистрировано", restored.Subject, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(
            db => db.AuditEntries.AnyAsync(a => a.Action == "notice.template_changed")));
    }

    [Fact]
    public async Task Template_WithUnknownOrMissingFields_OrABareReferenceInARefusal_IsNotSaved()
    {
        var admin = await _steps.SignedInAsync("admin");

        var unknown = await SaveAsync(admin, "status", "Обращение № {номер}: {статус}", "Статус: {статус}. {погода}");
        var missing = await SaveAsync(admin, "forwarding", "Обращение переадресовано", "Мы направили обращение.");
        var bare = await SaveAsync(admin, "not-considered", "Обращение № {номер}",
            "Обращение № {номер} не будет рассмотрено на основании ст. 11 59-ФЗ.");
        var page = FormClient.Decode(await admin.GetStringAsync("/notifications/templates?kind=status"));
        var operatorPage = await (await _steps.SignedInAsync("operator1")).GetAsync("/notifications/templates");

        Assert.Contains("Неизвестные поля: {погода}", await TextAsync(unknown), StringComparison.Ordinal);
        Assert.Contains("Обязательные поля: {номер}, {орган}", await TextAsync(missing), StringComparison.Ordinal);
        Assert.Contains("простого языка", await TextAsync(bare), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.NoticeTemplates.CountAsync(t => t.Kind != "receipt")));
        Assert.Contains("Так увидит клиент", page, StringComparison.Ordinal);
        Assert.Equal("/account/access-denied", operatorPage.Headers.Location?.AbsolutePath);
    }

    private async Task<AppealNotice> ReceiptAsync()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        return await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .FirstAsync(n => n.AppealId == id && n.Kind == "receipt"));
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient admin, string kind, string subject, string body) =>
        admin.PostFormAsync($"/notifications/templates?kind={kind}", [new("Subject", subject), new("Body", body)]);

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        FormClient.Decode(await response.Content.ReadAsStringAsync());
}
