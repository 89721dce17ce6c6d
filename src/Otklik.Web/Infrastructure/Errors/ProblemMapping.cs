using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Otklik.Web.Infrastructure.Errors;

public static class ProblemMapping
{
    public const string CodeKey = "errorCode";

    public static ProblemHttpResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { [CodeKey] = error.Code };
        if (error.Fields is { Count: > 0 })
        {
            extensions["errors"] = error.Fields;
        }

        return TypedResults.Problem(
            detail: error.Message, statusCode: error.Status, title: TitleFor(error.Status), extensions: extensions);
    }

    public static IServiceCollection AddOtklikProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Title = TitleFor(status);
            problem.Extensions.TryAdd(CodeKey, CodeFor(status, context.Exception));
            problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        return services;
    }

    public static string TitleFor(int status) => status switch
    {
        400 => "Неверный запрос",
        401 => "Требуется вход или токен доступа",
        403 => "Недостаточно прав",
        404 => "Не найдено",
        409 => "Конфликт с текущим состоянием",
        429 => "Слишком много запросов, повторите позже",
        _ when status >= 500 => "Внутренняя ошибка сервера",
        _ => "Ошибка",
    };

    private static string CodeFor(int status, Exception? exception) => status switch
    {
        _ when exception is BadHttpRequestException => "request.malformed",
        400 => "request.invalid",
        401 => "auth.unauthenticated",
        403 => "auth.forbidden",
        404 => "resource.not_found",
        405 => "request.method_not_allowed",
        409 => "resource.conflict",
        415 => "request.unsupported_media_type",
        429 => "request.rate_limited",
        _ => "server.error",
    };

    // The API answers every error with ProblemDetails; pages get a Russian error page with the right status.
    public static IApplicationBuilder UseOtklikErrorPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : 500,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
