namespace Otklik.Web.Features.Reception;

public sealed class ReceptionOptions
{
    public const string Section = "Otklik:Reception";

    // The department that keeps the induction loop for visitors with hearing aids.
    public string LoopKeeperDepartment { get; set; } = "Отдел реабилитации и социальной интеграции инвалидов";
}

public static class ReceptionSetup
{
    public static IServiceCollection AddReception(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReceptionOptions>(configuration.GetSection(ReceptionOptions.Section));
        services.AddScoped<ReceptionSlots>();
        services.AddScoped<ReceptionBookings>();
        services.AddScoped<BookingMailDispatcher>();
        services.AddHostedService<BookingMailJob>();
        return services;
    }
}
