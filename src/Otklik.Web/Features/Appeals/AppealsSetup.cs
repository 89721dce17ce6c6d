using System.Threading.RateLimiting;

namespace Otklik.Web.Features.Appeals;

public static class AppealsSetup
{
    public const string PortalPolicy = "portal-intake";

    public static IServiceCollection AddAppeals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppealsOptions>(configuration.GetSection("Otklik:Appeals"));
        services.Configure<Attachments.AttachmentOptions>(configuration.GetSection("Otklik:Attachments"));
        services.AddSingleton<Attachments.AttachmentStore>();
        services.AddScoped<AppealIntakeService>();
        services.AddScoped<AppealWriter>();
        services.AddSingleton<RegistrationBatcher>();
        services.AddScoped<AppealAccess>();
        services.AddScoped<AppealWorkflow>();
        services.AddScoped<ClientContacts>();
        services.AddScoped<Agencies.AgencyDirectory>();
        services.AddScoped<AppealNotifier>();
        services.AddScoped<UrgencySuggestion>();
        services.AddScoped<AppealLists>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<AppealAutoClose>();
        services.AddScoped<Clients.ClientService>();
        services.AddScoped<Clients.ClientHistory>();
        services.AddScoped<Tracking.TrackingService>();
        services.AddScoped<Edms.EdmsExchange>();
        services.AddScoped<RegistrationDesk>();
        services.Configure<Retention.RetentionOptions>(configuration.GetSection("Otklik:Retention"));
        services.AddScoped<Retention.RetentionService>();
        services.AddHostedService<Retention.RetentionJob>();
        services.AddSingleton<Tracking.TrackingCookie>();
        services.AddHostedService<DeadlineReminderJob>();

        // Spam is held back per address, never with a CAPTCHA that would lock out blind people.
        var perWindow = configuration.GetValue("Otklik:Appeals:PortalSubmissionsPerTenMinutes", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PortalPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perWindow,
                        Window = TimeSpan.FromMinutes(10),
                    })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
