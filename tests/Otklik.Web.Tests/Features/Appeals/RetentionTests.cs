using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Retention;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class RetentionTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Purge_RemovesOldAppealsWithFilesAndClient_KeepsHeldAndRecent_LeavesAuditAndStatistics()
    {
        var old = await WithFileAsync();
        var held = await _steps.NewAppealAsync("Обращение под запретом удаления.");
        var recent = await _steps.NewAppealAsync("Недавно закрытое обращение.");
        await CloseAsync(old, years: 6);
        await CloseAsync(held, years: 6);
        await CloseAsync(recent, years: 1);
        var head = await _steps.SignedInAsync("head-appeals");
        var hold = await head.PostFormAsync($"/appeals/{held}", [new("LegalHold", "Судебное дело № 2-123/2026")],
            $"/appeals/{held}?handler=Hold");
        var oldAppeal = await factory.WithDbAsync(db => db.Appeals.Include(a => a.Attachments)
            .FirstAsync(a => a.Id == old));
        var statsBefore = await factory.WithDbAsync(db => db.PurgedAppealStats.CountAsync());

        var plan = await RunAsync(s => s.PlanAsync());
        var purged = await RunAsync(s => s.PurgeAsync());

        Assert.Equal(HttpStatusCode.Redirect, hold.StatusCode);
        Assert.Contains(plan.Due, i => i.Id == old);
        Assert.Contains(plan.Held, i => i.Id == held);
        Assert.DoesNotContain(plan.Due, i => i.Id == recent || i.Id == held);
        Assert.True(purged >= 1);
        Assert.False(await factory.WithDbAsync(db => db.Appeals.AnyAsync(a => a.Id == old)));
        Assert.False(await factory.WithDbAsync(db => db.AppealNotices.AnyAsync(n => n.AppealId == old)));
        Assert.False(await factory.WithDbAsync(db => db.Clients.AnyAsync(c => c.Id == oldAppeal.ClientId)));
        Assert.Empty(Directory.GetFiles(factory.FilesFolder, oldAppeal.Attachments[0].Sha256,
            SearchOption.AllDirectories));
        Assert.True(await factory.WithDbAsync(db => db.Appeals.AnyAsync(a => a.Id == held)));
        Assert.True(await factory.WithDbAsync(db => db.Appeals.AnyAsync(a => a.Id == recent)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries
            .AnyAsync(e => e.Action == "appeal.purged" && e.EntityId == AppealSteps.Str(old))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries
            .AnyAsync(e => e.Action == "appeal.hold-set" && e.EntityId == AppealSteps.Str(held))));
        Assert.Equal(statsBefore + purged, await factory.WithDbAsync(db => db.PurgedAppealStats.CountAsync()));
    }

    [Fact]
    public async Task DryRunPage_ListsWhatWouldGo_ForLeadership_AndNotForExecutors()
    {
        var old = await _steps.NewAppealAsync("Очень старое обращение.");
        await CloseAsync(old, years: 7);
        var number = (await _steps.LoadAsync(old)).RegistrationNumber;

        var page = FormClient.Decode(await (await _steps.SignedInAsync("minister")).GetStringAsync("/retention"));
        var executor = await (await _steps.SignedInAsync("executor-appeals")).GetAsync("/retention");

        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, executor.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Appeals.AnyAsync(a => a.Id == old)));
    }

    private async Task<int> WithFileAsync()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.4 " + Guid.NewGuid());
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", new
            {
                name = "Старый Заявитель",
                email = $"{Guid.NewGuid():N}"[..12] + "@example.ru",
                text = "Старое обращение с файлом.",
                notifyBy = new[] { "email" },
                attachments = new[] { new { fileName = "скан.pdf", contentBase64 = Convert.ToBase64String(content) } },
            });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private Task<int> CloseAsync(int id, int years) => factory.WithDbAsync(async db =>
    {
        var appeal = await db.Appeals.FirstAsync(a => a.Id == id);
        appeal.Status = Otklik.Web.Features.Appeals.AppealStatus.Closed;
        appeal.ClosedAt = DateTimeOffset.UtcNow.AddYears(-years);
        return await db.SaveChangesAsync();
    });

    private async Task<T> RunAsync<T>(Func<RetentionService, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<RetentionService>());
    }
}
