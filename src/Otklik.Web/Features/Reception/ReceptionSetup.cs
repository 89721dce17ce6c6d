namespace Otklik.Web.Features.Reception;

public static class ReceptionSetup
{
    public static IServiceCollection AddReception(this IServiceCollection services)
    {
        services.AddScoped<ReceptionSlots>();
        services.AddScoped<ReceptionBookings>();
        services.AddScoped<BookingMailDispatcher>();
        services.AddHostedService<BookingMailJob>();
        return services;
    }
}
