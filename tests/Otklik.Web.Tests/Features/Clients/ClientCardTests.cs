using System.Net;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Clients;

[Trait("Category", "Integration")]
public sealed class ClientCardTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Card_ShowsTheFiveYearHistory_AndHidesOlderAppeals()
    {
        var email = Email();
        var recent = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.", email: email);
        var old = await _steps.NewAppealAsync("Старое обращение о выплате.", email: email);
        var oldNumber = (await _steps.LoadAsync(old)).RegistrationNumber;
        await factory.WithDbAsync(async db =>
        {
            var appeal = await db.Appeals.FirstAsync(a => a.Id == old);
            appeal.RegisteredOn = appeal.RegisteredOn.AddYears(-6);
            return await db.SaveChangesAsync();
        });
        var clientId = (await _steps.LoadAsync(recent)).ClientId;

        var card = FormClient.Decode(await (await _steps.SignedInAsync("executor-appeals"))
            .GetStringAsync($"/clients/{clientId}"));

        Assert.Contains($"/appeals/{recent}\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain(oldNumber, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_OtherDepartmentWithoutAnAppeal_Gets404()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        var clientId = (await _steps.LoadAsync(id)).ClientId;

        var response = await (await _steps.SignedInAsync("executor-family")).GetAsync($"/clients/{clientId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Profile_SavedFacts_AreAuditedAndSuggestUrgency()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        var clientId = (await _steps.LoadAsync(id)).ClientId;
        var head = await _steps.SignedInAsync("head-appeals");

        var response = await head.PostFormAsync($"/clients/{clientId}",
            [new("Facts", "disability"), new("Facts", "pensioner"), new("AccessibilityNeeds", "Крупный шрифт")],
            $"/clients/{clientId}?handler=Profile");
        var client = await factory.WithDbAsync(db => db.Clients.FirstAsync(c => c.Id == clientId));
        var audited = await factory.WithDbAsync(db => db.AuditEntries
            .AnyAsync(a => a.Action == "client.profile-updated" && a.EntityId == AppealSteps.Str(clientId)));
        var appealCard = FormClient.Decode(await head.GetStringAsync($"/appeals/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["disability", "pensioner"], client.ProfileFacts);
        Assert.True(audited);
        Assert.Contains("заявитель — человек с инвалидностью", appealCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_MovesTheAppeals_AndLaterIntakeByTheOldContactFindsTheKeptRecord()
    {
        var first = await _steps.NewAppealAsync("Первое обращение.", email: Email());
        var secondEmail = Email();
        var second = await _steps.NewAppealAsync("Второе обращение.", email: secondEmail);
        var keep = (await _steps.LoadAsync(first)).ClientId;
        var duplicate = (await _steps.LoadAsync(second)).ClientId;
        var registry = await _steps.SignedInAsync("executor-appeals");

        var response = await registry.PostFormAsync($"/clients/{keep}",
            [new("DuplicateId", AppealSteps.Str(duplicate)), new("Reason", "Тот же паспорт")],
            $"/clients/{keep}?handler=Merge");
        var third = await _steps.NewAppealAsync("Третье обращение.", email: secondEmail);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(keep, (await _steps.LoadAsync(second)).ClientId);
        Assert.Equal(keep, (await _steps.LoadAsync(third)).ClientId);
        Assert.Equal(HttpStatusCode.Redirect,
            (await registry.GetAsync($"/clients/{duplicate}")).StatusCode);
    }

    [Fact]
    public async Task Merge_ByStaffOutsideTheRegistry_IsRefused()
    {
        var first = await _steps.NewAppealAsync("Первое обращение.");
        var second = await _steps.NewAppealAsync("Второе обращение.");
        var head = await _steps.SignedInAsync("head-appeals");
        var keep = (await _steps.LoadAsync(first)).ClientId;
        var duplicate = (await _steps.LoadAsync(second)).ClientId;
        var rehab = await factory.WithDbAsync(db => db.Departments
            .Where(d => d.Name.StartsWith("Отдел реабилитации")).Select(d => d.Id).FirstAsync());
        await _steps.ActOrFailAsync(head, first, Otklik.Web.Features.Appeals.AppealAction.Redirect,
            ("DepartmentId", AppealSteps.Str(rehab)));
        var outsider = await _steps.SignedInAsync("executor-rehab");

        var response = await outsider.PostFormAsync($"/clients/{keep}",
            [new("DuplicateId", AppealSteps.Str(duplicate))], $"/clients/{keep}?handler=Merge");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(duplicate, (await _steps.LoadAsync(second)).ClientId);
    }

    private static string Email() => $"{Guid.NewGuid():N}"[..12] + "@example.ru";
}
