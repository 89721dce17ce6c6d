using Microsoft.EntityFrameworkCore;

namespace Otklik.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddOtklikDatabase(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = DatabaseOptions.From(configuration, environment.ContentRootPath);
        services.AddSingleton(options);
        services.AddSingleton<AppendOnlyAuditInterceptor>();

        // Contexts are pooled: building one for every request cost more than the queries it ran.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<OtklikDbContext, PostgresOtklikDbContext>((sp, db) => db
                .UseNpgsql(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<AppendOnlyAuditInterceptor>()));
        }
        else
        {
            services.AddDbContextPool<OtklikDbContext, SqliteOtklikDbContext>((sp, db) => db
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<AppendOnlyAuditInterceptor>()));
        }

        services.AddHealthChecks().AddDbContextCheck<OtklikDbContext>("database", tags: ["ready"]);
        return services;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // Readers no longer wait for the writer, and each commit costs one flush of the log; with the
            // default synchronous=FULL a commit that returned survives a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
