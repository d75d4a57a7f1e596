import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { configVariables } from '@liandong/config';
import {
  ComposeService,
  commandWords,
  environmentOf,
  ImageStage,
  readCompose,
  readDockerfile,
} from './docker-files';

/**
 * docker-compose.yml and the Dockerfile checked without a Docker engine: what they build from, copy, run and
 * pass exists and agrees with the code. A system test because it looks at the real build output: the global
 * setup has just run scripts/build.mjs, as the image's build stage does.
 */

const ROOT = resolve(__dirname, '../..');
const compose = readCompose(ROOT);
const services = Object.entries(compose.services);
/** The services that run the application image (built here), not PostgreSQL or Redis. */
const appServices = services.filter(([, service]) => service.build !== undefined);
const config = configVariables();
const configNames = new Set(config.map((variable) => variable.name));

/** Names that hold a secret: these must come from the operator, never from a default in the file. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|ACCESS_KEY/;

/** What a build stage's RUN commands make that is not in the repository: path → the command that makes it. */
const PRODUCED_BY: Record<string, RegExp> = {
  node_modules: /\bnpm ci\b/,
  dist: /\bscripts\/build\.mjs\b/,
};

function contextOf(service: ComposeService): { context: string; dockerfile: string } {
  const build = typeof service.build === 'string' ? { context: service.build } : (service.build ?? {});
  const context = resolve(ROOT, build.context ?? '.');
  return { context, dockerfile: resolve(context, build.dockerfile ?? 'Dockerfile') };
}

/** .dockerignore's patterns, plain ones only (this repository uses no negations). */
function dockerIgnored(context: string): (path: string) => boolean {
  const file = join(context, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
    : [];
  return (path) =>
    patterns.some((pattern) => {
      const plain = pattern.replace(/^\*\*\//, '');
      return path === plain || path.startsWith(`${plain}/`) || path.split('/').includes(plain);
    });
}

/** Where a path inside a stage's file system came from: the build context, or a command the stage ran. */
function stageHas(
  stage: ImageStage,
  absolute: string,
  context: string,
  ignored: (path: string) => boolean,
): boolean {
  const relative = posix.relative(stage.workdir, absolute);
  const top = relative.split('/')[0] ?? relative;
  if (PRODUCED_BY[top]?.test(stage.runs.join('\n'))) {
    return true;
  }
  const copiedWhole = stage.copies.some(
    (copy) =>
      copy.from === null &&
      copy.sources.includes('.') &&
      posix.resolve(stage.workdir, copy.destination) === stage.workdir,
  );
  const copiedItself = stage.copies.some(
    (copy) =>
      copy.from === null && copy.sources.some((source) => posix.resolve(stage.workdir, source) === absolute),
  );
  return (copiedWhole || copiedItself) && existsSync(join(context, relative)) && !ignored(relative);
}

/** `dist/…` files a service starts (its command, else the image's CMD, and its healthcheck). */
function startedFiles(service: ComposeService, runtime: ImageStage): string[] {
  const command = service.command ?? runtime.cmd;
  const healthcheck = service.healthcheck?.test ?? [];
  return [...commandWords(command), ...commandWords(healthcheck)].filter((word) =>
    /^dist\/.+\.js$/.test(word),
  );
}

/** Named volumes a service mounts (`name:/path`), as opposed to bind mounts of host paths. */
function namedVolumes(service: ComposeService): Array<{ name: string; target: string }> {
  return (service.volumes ?? []).flatMap((volume) => {
    const [source, target] =
      typeof volume === 'string' ? volume.split(':') : [volume.source ?? '', volume.target];
    return source && target && !/^[./~]/.test(source) ? [{ name: source, target }] : [];
  });
}

describe('docker-compose.yml and the Dockerfile', () => {
  test('every build context and Dockerfile exists', () => {
    expect(appServices.length).toBeGreaterThan(0);
    for (const [name, service] of appServices) {
      const { context, dockerfile } = contextOf(service);
      expect({ name, context: existsSync(context), dockerfile: existsSync(dockerfile) }).toEqual({
        name,
        context: true,
        dockerfile: true,
      });
    }
  });

  test('everything the Dockerfile copies exists in the context or is made by the stage it names', () => {
    for (const [, service] of appServices) {
      const { context, dockerfile } = contextOf(service);
      const stages = readDockerfile(dockerfile);
      const ignored = dockerIgnored(context);
      const missing: string[] = [];
      for (const stage of stages) {
        for (const copy of stage.copies) {
          for (const source of copy.sources) {
            if (copy.from === null) {
              if (source !== '.' && (!existsSync(join(context, source)) || ignored(source))) {
                missing.push(`${stage.name ?? '?'}: COPY ${source}`);
              }
              continue;
            }
            const from = stages.find((candidate) => candidate.name === copy.from);
            if (!from || !stageHas(from, posix.resolve(from.workdir, source), context, ignored)) {
              missing.push(`${stage.name ?? '?'}: COPY --from=${copy.from} ${source}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    }
  });

  test('the commands the services run are files the build produces', () => {
    const missing: string[] = [];
    for (const [name, service] of appServices) {
      const runtime = readDockerfile(contextOf(service).dockerfile).at(-1) as ImageStage;
      const files = startedFiles(service, runtime);
      expect({ name, starts: files.length > 0 }).toEqual({ name, starts: true });
      missing.push(
        ...files.filter((file) => !existsSync(join(ROOT, file))).map((file) => `${name}: ${file}`),
      );
    }
    expect(missing).toEqual([]);
  });

  test('every variable passed is one the configuration reads, and every required one is passed', () => {
    const required = config.filter((variable) => variable.required).map((variable) => variable.name);
    expect(required).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']));
    for (const [name, service] of appServices) {
      const runtime = readDockerfile(contextOf(service).dockerfile).at(-1) as ImageStage;
      const passed = { ...runtime.env, ...environmentOf(service) };
      expect({ name, unknown: Object.keys(passed).filter((variable) => !configNames.has(variable)) }).toEqual(
        {
          name,
          unknown: [],
        },
      );
      expect({ name, missing: required.filter((variable) => !(variable in passed)) }).toEqual({
        name,
        missing: [],
      });
    }
    // The API refuses to start without its own row-level-security role (AppConfig.appDatabaseUrl).
    expect(Object.keys(environmentOf(compose.services['api'] as ComposeService))).toContain(
      'APP_DATABASE_URL',
    );
  });

  // An optional secret (METRICS_TOKEN: unset, /metrics is off) may default to empty, never to a value.
  test('secrets come from the operator: `${VAR:?…}` (or `${VAR:-}` when optional), never a default or a literal', () => {
    const interpolations = [...compose.text.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)];
    const secrets = interpolations.filter(([, name]) => SECRET_NAME.test(name ?? ''));
    expect(secrets.length).toBeGreaterThan(0);
    expect(
      secrets.filter(([, , rest]) => !rest?.startsWith(':?') && rest !== ':-').map(([whole]) => whole),
    ).toEqual([]);
    const literal: string[] = [];
    for (const [name, service] of services) {
      for (const [variable, value] of Object.entries(environmentOf(service))) {
        const carriesSecret = SECRET_NAME.test(variable) || /^postgres(ql)?:\/\/[^:@/]+:[^@]+@/.test(value);
        if (carriesSecret && !/\$\{[A-Z0-9_]+(:\?[^}]*|:-)\}/.test(value)) {
          literal.push(`${name}.${variable}`);
        }
      }
    }
    expect(literal).toEqual([]);
  });

  test('depends_on and healthchecks refer to services that exist and can meet the condition', () => {
    const problems: string[] = [];
    for (const [name, service] of services) {
      const dependencies: Record<string, { condition?: string }> = Array.isArray(service.depends_on)
        ? Object.fromEntries(service.depends_on.map((dependency) => [dependency, {}]))
        : (service.depends_on ?? {});
      for (const [dependency, { condition }] of Object.entries(dependencies)) {
        const target = compose.services[dependency];
        if (!target) {
          problems.push(`${name} depends on a missing service ${dependency}`);
        } else if (condition === 'service_healthy' && !target.healthcheck) {
          problems.push(`${name} waits for ${dependency} to be healthy, which has no healthcheck`);
        } else if (condition === 'service_completed_successfully' && target.restart !== 'no') {
          problems.push(`${name} waits for ${dependency} to complete, which restarts`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('named volumes are declared; the files volume is where the API keeps files', () => {
    const declared = new Set(Object.keys(compose.volumes ?? {}));
    const used = services.flatMap(([, service]) => namedVolumes(service).map((volume) => volume.name));
    expect(used.filter((name) => !declared.has(name))).toEqual([]);
    const api = compose.services['api'] as ComposeService;
    const runtime = readDockerfile(contextOf(api).dockerfile).at(-1) as ImageStage;
    const filesDir = environmentOf(api)['LIANDONG_FILES_DIR'] ?? runtime.env['LIANDONG_FILES_DIR'];
    expect(namedVolumes(api).map((volume) => volume.target)).toContain(filesDir);
  });

  test('the published port, EXPOSE and the healthcheck use the port the API listens on (PORT)', () => {
    const api = compose.services['api'] as ComposeService;
    const runtime = readDockerfile(contextOf(api).dockerfile).at(-1) as ImageStage;
    const port = environmentOf(api)['PORT'] ?? runtime.env['PORT'];
    expect(port).toMatch(/^\d+$/);
    const targets = (api.ports ?? []).map((mapping) =>
      typeof mapping === 'string' ? mapping.split(':').at(-1)?.split('/')[0] : String(mapping.target),
    );
    expect(targets).toEqual([port]);
    expect(runtime.expose).toContain(port);
    const healthcheck = commandWords(api.healthcheck?.test).join(' ');
    expect(healthcheck).toContain(`:${port}/health`);
  });
});
