import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Copy, DockerfileParser, Env, From, Instruction } from 'dockerfile-ast';
import { parse } from 'yaml';

/**
 * docker-compose.yml and the Dockerfile read by their own parsers (`yaml`, `dockerfile-ast`) into the little
 * that the deployment checks compare: services, their variables and commands; the image's stages, what each
 * copies and the environment it sets.
 */

export interface ComposeService {
  build?: string | { context?: string; dockerfile?: string };
  image?: string;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | { target: number; published?: string | number }>;
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test: string | string[] };
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  /** The raw text, for the `${VAR…}` interpolations the parsed values still carry. */
  text: string;
}

export function readCompose(root: string): ComposeFile {
  const text = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
  // `merge`: the services share their settings through a YAML anchor and `<<:` merge keys.
  const parsed = parse(text, { merge: true }) as Omit<ComposeFile, 'text'>;
  return { ...parsed, text };
}

/** A service's environment as name → value, from either of compose's two spellings. */
export function environmentOf(service: ComposeService): Record<string, string> {
  const { environment } = service;
  if (!environment) {
    return {};
  }
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, String(value ?? '')]));
}

/** The words of a command, whether written as a list or as one shell string. */
export function commandWords(command: string | string[] | undefined): string[] {
  if (command === undefined) {
    return [];
  }
  return Array.isArray(command) ? command.flatMap((word) => word.split(/\s+/)) : command.split(/\s+/);
}

export interface ImageStage {
  name: string | null;
  workdir: string;
  copies: Array<{ from: string | null; sources: string[]; destination: string }>;
  runs: string[];
  env: Record<string, string>;
  cmd: string[];
  expose: string[];
}

/** The Dockerfile's stages in order, each with what it copies, runs, sets and starts. */
export function readDockerfile(path: string): ImageStage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(path, 'utf8'));
  const stages: ImageStage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const name = (instruction as From).getBuildStage();
      stages.push({ name, workdir: '/', copies: [], runs: [], env: {}, cmd: [], expose: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      continue; // ARGs before the first FROM
    }
    const words = (item: Instruction): string[] => item.getArguments().map((argument) => argument.getValue());
    switch (keyword) {
      case 'WORKDIR':
        stage.workdir = words(instruction)[0] ?? stage.workdir;
        break;
      case 'COPY': {
        const copy = instruction as Copy;
        const paths = words(copy).filter((word) => !word.startsWith('--'));
        stage.copies.push({
          from: copy.getFromFlag()?.getValue() ?? null,
          sources: paths.slice(0, -1),
          destination: paths.at(-1) ?? '',
        });
        break;
      }
      case 'RUN':
        stage.runs.push(instruction.getArgumentsContent() ?? '');
        break;
      case 'ENV':
        for (const property of (instruction as Env).getProperties()) {
          stage.env[property.getName()] = property.getValue() ?? '';
        }
        break;
      case 'CMD':
        stage.cmd = JSON.parse(instruction.getArgumentsContent() ?? '[]') as string[];
        break;
      case 'EXPOSE':
        stage.expose.push(...words(instruction));
        break;
    }
  }
  return stages;
}
