using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Infrastructure.Operations;

public static class OperationsSetup
{
    public static IServiceCollection AddOtklikOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);

        // Keys live in the shared database so that every node can read every other node's cookies.
        services.AddDataProtection().SetApplicationName("Otklik").PersistKeysToDbContext<OtklikDbContext>();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var trusted = configuration.GetSection("Otklik:TrustedProxies").Get<string[]>() ?? [];
            if (trusted.Length == 0)
            {
                return;
            }

            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var network in trusted)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.Configure<HostOptions>(options => options.ShutdownTimeout =
            TimeSpan.FromSeconds(configuration.GetValue("Otklik:ShutdownTimeoutSeconds", 30)));
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        return app;
    }
}
