using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Integrations;

[Trait("Category", "Integration")]
public sealed class ApiTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Departments_DemoToken_ReturnsDepartmentsWithHeads()
    {
        var client = ClientWith(StartupSeeder.DemoToken);

        var departments = await client.GetFromJsonAsync<JsonElement>("/api/v1/departments");

        Assert.True(departments.GetArrayLength() >= 9);
        Assert.Contains(departments.EnumerateArray(), d =>
            d.GetProperty("name").GetString()!.Contains("реабилитации", StringComparison.Ordinal)
            && d.GetProperty("head").GetProperty("fullName").GetString()
                == "Соколова Марина Геннадьевна");
    }

    [Fact]
    public async Task Departments_NoToken_Returns401ProblemWithCode()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/departments");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.unauthenticated", problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Departments_UnknownToken_Returns401()
    {
        var response = await ClientWith("otk_not_a_real_token").GetAsync("/api/v1/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Departments_TokenWithoutScope_Returns403ProblemWithCode()
    {
        var token = await IssueAsync([ApiScopes.AppealsWrite]);

        var response = await ClientWith(token).GetAsync("/api/v1/departments");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("auth.forbidden", problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Department_Missing_Returns404WithStableCodeAndRussianDetail()
    {
        var response = await ClientWith(StartupSeeder.DemoToken).GetAsync("/api/v1/departments/999999");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("department.not_found", problem.GetProperty("errorCode").GetString());
        Assert.Contains("не найден", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employees_ByCompetence_ReturnsOnlyCompetentEmployees()
    {
        var employees = await ClientWith(StartupSeeder.DemoToken)
            .GetFromJsonAsync<JsonElement>("/api/v1/employees?competence=ветераны труда");

        var names = employees.EnumerateArray().Select(e => e.GetProperty("fullName").GetString()).ToList();
        Assert.Equal(
            [
                "Григорьева Людмила Васильевна",
                "Федоров Виктор Степанович",
            ],
            names);
    }

    [Fact]
    public async Task Token_Revoked_IsRejectedAndStoredOnlyAsHash()
    {
        var token = await IssueAsync([ApiScopes.OrganisationRead]);
        var before = await ClientWith(token).GetAsync("/api/v1/departments");

        var stored = await factory.WithDbAsync(
            db => db.ApiTokens.SingleAsync(t => t.Hash == ApiTokenService.HashOf(token)));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .RevokeAsync(stored.Id, "проверка");
        }

        var after = await ClientWith(token).GetAsync("/api/v1/departments");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain(token, stored.Hash, StringComparison.Ordinal);
        Assert.Equal(64, stored.Hash.Length);
    }

    [Fact]
    public async Task OpenApiDocument_IsPublishedWithV1Paths()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");
        var reference = await factory.CreateClient().GetAsync("/api/reference/");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/departments", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Api_SignedInStaffCookie_CanReadDirectory()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("operator1");

        var response = await client.GetAsync("/api/v1/employees");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient ClientWith(string token) => factory.CreateApiClient(token);

    private async Task<string> IssueAsync(string[] scopes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
            .IssueAsync("Тест", scopes, null);
        return issued.Value!.Token;
    }
}
