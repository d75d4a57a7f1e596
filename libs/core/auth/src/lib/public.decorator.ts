import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'liandong:public';

/** Marks the few entry points that need no token: login and health. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
