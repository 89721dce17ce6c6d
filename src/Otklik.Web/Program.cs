using System.Text.Encodings.Web;
using System.Text.Unicode;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Hotline;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Portal;
using Otklik.Web.Features.Reception;
using Otklik.Web.Features.Surveys;
using Otklik.Web.Features.TextAnalysis;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;
using Otklik.Web.Infrastructure.Identity;
using Otklik.Web.Infrastructure.Operations;
using Otklik.Web.Infrastructure.Seeding;

var builder = WebApplication.CreateBuilder(args);

// Platform: database, sign-in, errors, health, keys, proxies
builder.Services.AddOtklikOperations(builder.Configuration);
builder.Services.AddOtklikDatabase(builder.Configuration, builder.Environment);
builder.Services.AddStaffIdentity(builder.Configuration);
builder.Services.AddOtklikProblemDetails();

// Screens and the integration API
builder.Services.AddRazorPages(options =>
{
    options.RootDirectory = "/Features";
    options.Conventions.AuthorizeFolder("/", Policies.Staff);
    options.Conventions.AllowAnonymousToPage("/Portal/Index");
    options.Conventions.AllowAnonymousToPage("/Shared/Accessibility");
    options.Conventions.AllowAnonymousToPage("/Shared/Error");
    options.Conventions.AllowAnonymousToFolder("/Account");
    options.Conventions.AllowAnonymousToPage("/Appeals/Submit");
    options.Conventions.AllowAnonymousToPage("/Appeals/Registered");
    options.Conventions.AllowAnonymousToFolder("/Tracking");
    options.Conventions.AllowAnonymousToPage("/Surveys/Answer");
    options.Conventions.AllowAnonymousToPage("/Reception/Index");
    options.Conventions.AllowAnonymousToPage("/Reception/Book");
    options.Conventions.AllowAnonymousToPage("/Reception/Cancel");
}).AddMvcOptions(options => RussianBindingMessages.Apply(options.ModelBindingMessageProvider));
// Russian text stays readable in the page source; markup characters are still escaped.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddOtklikApi();

// Features
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<OrganisationService>();
builder.Services.AddScoped<StaffAccountService>();
builder.Services.AddScoped<ApiTokenService>();
builder.Services.AddScoped<StartupSeeder>();
builder.Services.AddSingleton<CalendarCache>();
builder.Services.AddScoped<CalendarAdminService>();
builder.Services.Configure<WorkingHoursOptions>(builder.Configuration.GetSection("Otklik:WorkingHours"));
builder.Services.AddAppeals(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration, builder.Environment);
builder.Services.AddKnowledge(builder.Configuration);
builder.Services.AddSurveys(builder.Configuration);
builder.Services.AddHotline(builder.Configuration);
builder.Services.AddReception(builder.Configuration);
builder.Services.Configure<MinistryOptions>(builder.Configuration.GetSection(MinistryOptions.Section));

var app = builder.Build();

app.UseForwardedHeaders();
app.UseOtklikErrorPages();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMustChangePassword();

app.MapRazorPages();
app.MapHealthEndpoints();
app.MapApiReference();
app.MapApiV1().MapOrganisationApi().MapCalendarApi().MapTextAnalysisApi().MapAppealsApi()
    .MapKnowledgeApi().MapEpguOutboxApi().MapSurveyInvitationsApi()
    .MapHotlineApi();

await app.MigrateDatabaseAsync();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<StartupSeeder>().SeedAsync();
}

await app.RunAsync();

public partial class Program;
