using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public static class KnowledgeSetup
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KnowledgeOptions>(configuration.GetSection("Otklik:Knowledge"));
        services.AddSingleton<KnowledgeIndex>();
        services.AddScoped<KnowledgeAccess>();
        services.AddScoped<KnowledgeEditor>();
        services.AddScoped<KnowledgeSections>();
        services.AddScoped<KnowledgeSearch>();
        services.AddScoped<KnowledgeReviews>();
        services.AddScoped<KnowledgeReminders>();
        services.AddScoped<KnowledgeFiles>();
        services.AddScoped<Gaps.KnowledgeGaps>();
        services.AddScoped<Gaps.AppealsTopics>();
        services.AddHostedService<KnowledgeReminderJob>();
        services.AddHostedService<KnowledgeIndexWarmup>();
        services.AddScoped<Import.KnowledgeImporter>();
        services.AddHostedService<Import.KnowledgeImportJob>();
        return services;
    }
}

// Builds the node's index in the background at start, so the first reader does not wait for it.
public sealed class KnowledgeIndexWarmup(IServiceScopeFactory scopes, KnowledgeIndex index) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<OtklikDbContext>(), stoppingToken);
    }
}
