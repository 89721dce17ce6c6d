namespace Otklik.Web.Features.Hotline;

public static class HotlineSetup
{
    public static IServiceCollection AddHotline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HotlineOptions>().Bind(configuration.GetSection(HotlineOptions.Section))
            .Validate(o => o.CallbackWorkingDays is >= 1 and <= 30, "Otklik:Hotline:CallbackWorkingDays is 1 to 30")
            .Validate(o => o.CallbackAttempts is >= 1 and <= 10, "Otklik:Hotline:CallbackAttempts is 1 to 10")
            .ValidateOnStart();
        services.AddScoped<HotlineAccess>();
        services.AddScoped<HotlineService>();
        services.AddScoped<HotlineCallbacks>();
        services.AddScoped<CallbackEscalation>();
        services.AddScoped<TransferSuggestions>();
        services.AddScoped<CallerHistory>();
        services.AddScoped<OperatorTraining>();
        return services;
    }
}
