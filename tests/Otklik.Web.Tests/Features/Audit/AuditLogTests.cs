using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Audit;

[Trait("Category", "Integration")]
public sealed class AuditLogTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task SaveChanges_ModifiedAuditEntry_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Reason = "подделка";
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawSql_UpdateOrDeleteOfAuditEntries_IsRefusedByDatabase()
    {
        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Reason\" = 'x'")));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);

        var count = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.True(count > 0);
    }

    [Fact]
    public async Task AuditPage_Administrator_ShowsSeedEntries()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("admin");

        var html = FormClient.Decode(await client.GetStringAsync("/audit?entity=Department"));

        Assert.Contains("department.created", html);
        Assert.Contains("Демонстрационные данные", html);
        Assert.DoesNotContain("employee.created", html);
    }
}
