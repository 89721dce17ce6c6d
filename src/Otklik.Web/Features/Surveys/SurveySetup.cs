namespace Otklik.Web.Features.Surveys;

public static class SurveySetup
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SurveyOptions>(configuration.GetSection("Otklik:Surveys"));
        services.AddScoped<SurveyService>();
        return services;
    }
}
