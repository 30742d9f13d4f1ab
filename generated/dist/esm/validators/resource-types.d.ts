/** Whether `type` is a concrete resource type of this package. */
export declare function isResourceType(type: string): boolean;
