using Microsoft.EntityFrameworkCore;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Infrastructure.Data;

public sealed class SqliteDurabilityTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task EmbeddedDatabase_UsesWriteAheadLog_WithFullSync_SoACommitSurvivesAPowerCut()
    {
        if (OtklikFactory.OnPostgres)
        {
            return;
        }

        var (journal, synchronous) = await factory.WithDbAsync(async db =>
        {
            _ = factory.Server;
            var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
            var sync = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();
            return (journalMode[0], sync[0]);
        });

        Assert.Equal("wal", journal);
        Assert.Equal(2, synchronous);
    }
}
